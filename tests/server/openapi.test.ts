import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUnderTest, type AppUnderTest } from './app-under-test';

interface OpenApiDocument {
  openapi: string;
  info: { version: string };
  paths: Record<
    string,
    Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>
  >;
}

/** `/api/beheer/voorstellen/:number` as OpenAPI writes it. */
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

describe('the OpenAPI document', () => {
  let t: AppUnderTest;
  let doc: OpenApiDocument;
  beforeAll(async () => {
    t = await appUnderTest('sqlite', { version: '9.8.7' });
    const response = await t.call('GET', '/api/openapi.json');
    expect(response.status).toBe(200);
    doc = (await response.json()) as OpenApiDocument;
  });
  afterAll(async () => t.cleanup());

  it('is OpenAPI 3.1 with the server version', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toBe('9.8.7');
  });

  it('describes every route the server registers', () => {
    const registered = t.app.routes
      .filter((r) => r.path.startsWith('/api/') && !r.path.includes('*') && r.method !== 'ALL')
      .map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path)}`);
    expect(registered.length).toBeGreaterThan(15);
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method} ${path}`),
    );
    expect([...new Set(registered)].sort()).toEqual([...new Set(documented)].sort());
  });

  it('describes every route the contract names', () => {
    const contract = readFileSync('src/proposals/contract.ts', 'utf8');
    const named = [
      ...contract.matchAll(/^\s*\*\s+(GET|POST|PATCH|DELETE)\s+(\/api\/[^\s?]+)/gm),
    ].map(([, method, path]) => `${method!.toLowerCase()} ${openApiPath(path!)}`);
    expect(named.length).toBeGreaterThan(15);
    for (const route of named) {
      const [method, path] = route.split(' ') as [string, string];
      expect(doc.paths[path]?.[method], route).toBeDefined();
    }
  });

  it('gives the proposal body the fields the validation checks, from the same schema', () => {
    const body = doc.paths['/api/voorstellen']!.post!.requestBody!.content['application/json']!
      .schema as { required: string[]; properties: Record<string, { enum?: string[] }> };
    expect(body.required).toEqual(
      expect.arrayContaining(['id', 'name', 'description', 'kind', 'knelpunten', 'lng', 'lat']),
    );
    expect(body.properties.kind?.enum).toContain('ontmoeting');
  });
});
