/**
 * The server benchmark's baseline: a bare node:http server that reads a JSON POST body, parses it
 * and answers 201 with a small JSON, and answers any GET with a small JSON. That is the ceiling of
 * loopback HTTP in Node on this machine. Run as a child process (`node --import tsx`), like the
 * real server, and says where it listens the way the real server does: a JSON line on stdout with
 * `message: 'listening'` and `url`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

let number = 0;
const server = createServer((request, response) => {
  if (request.method !== 'POST') {
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    let id: unknown;
    try {
      id = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id?: unknown } | null)?.id;
    } catch {
      response.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"not-json"}');
      return;
    }
    number += 1;
    response
      .writeHead(201, { 'content-type': 'application/json' })
      .end(JSON.stringify({ id, number, status: 'ingediend' }));
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(
    `${JSON.stringify({ level: 'info', message: 'listening', url: `http://127.0.0.1:${port}` })}\n`,
  );
});

process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
