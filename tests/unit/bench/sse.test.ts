import { describe, expect, it } from 'vitest';
import { createSseParser, parseSseBlock } from '../../../scripts/bench/sse';

describe('server benchmark: SSE parsing', () => {
  it('reads the event name and data of a block, and defaults the name to message', () => {
    expect(parseSseBlock('event: approved\ndata: {"n":1}')).toEqual({
      event: 'approved',
      data: '{"n":1}',
    });
    expect(parseSseBlock('data: x')).toEqual({ event: 'message', data: 'x' });
    expect(parseSseBlock('event:ready\ndata:{}\nretry: 2000')).toEqual({
      event: 'ready',
      data: '{}',
    });
  });

  it('joins data lines, keeps colons in values and drops comments and data-less blocks', () => {
    expect(parseSseBlock('data: a\ndata: b: c')).toEqual({ event: 'message', data: 'a\nb: c' });
    expect(parseSseBlock(': ping')).toBeUndefined();
    expect(parseSseBlock('event: approved')).toBeUndefined();
  });

  it('returns messages only when their block is complete, however the chunks are split', () => {
    const text = ': ping\n\nevent: ready\ndata: {}\n\nevent: approved\ndata: {"number":7}\n\n';
    const whole = createSseParser()(text);
    expect(whole).toEqual([
      { event: 'ready', data: '{}' },
      { event: 'approved', data: '{"number":7}' },
    ]);
    for (let size = 1; size < 8; size++) {
      const parse = createSseParser();
      const messages = [];
      for (let i = 0; i < text.length; i += size) messages.push(...parse(text.slice(i, i + size)));
      expect(messages).toEqual(whole);
    }
  });

  it('takes CRLF and CR line ends, also when a CRLF is split over two chunks', () => {
    const parse = createSseParser();
    expect(parse('event: a\r\ndata: 1\r')).toEqual([]);
    expect(parse('\n\r\n')).toEqual([{ event: 'a', data: '1' }]);
    expect(parse('data: 2\r\r')).toEqual([{ event: 'message', data: '2' }]);
  });
});
