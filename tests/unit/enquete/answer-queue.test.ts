import { describe, expect, it } from 'vitest';
import { createAnswerQueue, savedAnswers, type SendState } from '../../../src/enquete/answer-queue';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

const answers = { answers: { relationeel: ['ja', null] as ('ja' | null)[] }, open: 'Geen plek.' };

describe("the phone's answer queue", () => {
  it('keeps the answers on the device while offline and sends them once the server answers', async () => {
    const storage = memoryStorage();
    const states: SendState[] = [];
    const bodies: unknown[] = [];
    let online = false;
    const queue = createAnswerQueue({
      apiUrl: '',
      code: 'ABC234',
      device: 'device-1234',
      storage,
      backoff: () => 10,
      onState: (state) => states.push(state),
      fetch: async (_url, init) => {
        if (!online) throw new TypeError('Failed to fetch');
        bodies.push(JSON.parse(String(init?.body)));
        return new Response(JSON.stringify({ number: 7, updated: false }), { status: 201 });
      },
    });
    await queue.submit(answers);
    expect(states).toEqual([{ kind: 'waiting' }]);
    expect(savedAnswers('ABC234', storage)).toEqual({ ...answers, pending: true });
    online = true;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(states.at(-1)).toEqual({ kind: 'sent', number: 7 });
    expect(bodies).toEqual([{ device: 'device-1234', ...answers }]);
    expect(savedAnswers('ABC234', storage)?.pending).toBe(false);
    queue.stop();
  });

  it('says so when the meeting is closed, and does not retry', async () => {
    const states: SendState[] = [];
    let calls = 0;
    const queue = createAnswerQueue({
      apiUrl: '',
      code: 'ABC234',
      device: 'device-1234',
      storage: memoryStorage(),
      backoff: () => 10,
      onState: (state) => states.push(state),
      fetch: async () => {
        calls += 1;
        return new Response(JSON.stringify({ error: 'conflict', message: 'gesloten' }), {
          status: 409,
        });
      },
    });
    await queue.submit(answers);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(states).toEqual([{ kind: 'closed' }]);
    expect(calls).toBe(1);
    queue.stop();
  });
});
