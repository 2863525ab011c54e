/**
 * A server-sent-events reader for the server benchmark's screens: text in, whole messages out, as
 * an EventSource dispatches them (pure, unit-tested in tests/unit/bench).
 */
export interface SseMessage {
  /** `message` when the block names no event. */
  event: string;
  /** The block's `data:` lines, joined with newlines. */
  data: string;
}

/**
 * One block (the text between blank lines): comments (`: ping`) and unknown fields are skipped; a
 * block without data dispatches nothing, as in the EventSource specification.
 */
export function parseSseBlock(block: string): SseMessage | undefined {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value || 'message';
    else if (field === 'data') data.push(value);
  }
  return data.length > 0 ? { event, data: data.join('\n') } : undefined;
}

/**
 * Feeds chunks as they arrive (split anywhere, also between `\r` and `\n`) and returns the
 * messages completed by each chunk.
 */
export function createSseParser(): (chunk: string) => SseMessage[] {
  let buffer = '';
  let carriageReturn = false;
  return (chunk) => {
    let text = chunk;
    // A `\r\n` split over two chunks must stay one line break.
    if (carriageReturn && text.startsWith('\n')) text = text.slice(1);
    carriageReturn = text.endsWith('\r');
    buffer += text.replace(/\r\n?/g, '\n');
    const messages: SseMessage[] = [];
    let cut: number;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const message = parseSseBlock(buffer.slice(0, cut));
      buffer = buffer.slice(cut + 2);
      if (message) messages.push(message);
    }
    return messages;
  };
}
