// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createRoot, createSignal } from 'solid-js';
import { createApprovedState } from '../../../src/propose/approved-state';
import type { LiveFollow } from '../../../src/propose/live-stream';
import type { ProposalsState } from '../../../src/propose/proposals-state';
import type { PublicProposal } from '../../../src/proposals/contract';

/** An EventSource that records which streams were opened and closed. */
function fakeEventSource() {
  const opened: string[] = [];
  const closed: string[] = [];
  class FakeSource extends EventTarget {
    static CLOSED = 2;
    readyState = 1;
    constructor(readonly url: string) {
      super();
      opened.push(url);
    }
    close() {
      closed.push(this.url);
    }
  }
  return { Source: FakeSource as unknown as typeof EventSource, opened, closed };
}

const proposal = (number: number): PublicProposal =>
  ({
    number,
    name: `Voorstel ${number}`,
    lng: 5.2,
    lat: 52.4,
    gemeente: 'GM0034',
  }) as PublicProposal;

describe('the approved proposals state', () => {
  it('starts, switches and stops the live stream as its state says, without any view', async () => {
    const events = fakeEventSource();
    const [live, setLive] = createSignal<LiveFollow | undefined>();
    const [selected, setSelected] = createSignal<string>();
    const local = { proposals: () => [], update: () => {} } as unknown as ProposalsState;
    const dispose = createRoot((done) => {
      const state = createApprovedState({
        base: 'http://server',
        lang: () => 'nl',
        loadServerEn: () => Promise.reject(new Error('not needed')),
        matches: () => true,
        local,
        placeText: () => 'Almere',
        selection: { selectedId: selected, select: setSelected, isInitiative: () => false },
        live,
        fetch: (async () => new Response(JSON.stringify([proposal(4)]))) as typeof fetch,
        EventSource: events.Source,
      });
      void state.refresh().then(() => {
        expect(state.items().map((item) => item.id)).toEqual(['voorstel-4']);
        state.select(4);
        expect(state.selected()?.name).toBe('Voorstel 4');
      });
      return done;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(selected()).toBe('voorstel-4');
    expect(events.opened).toEqual([]);
    setLive({ highlightNew: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events.opened).toEqual(['http://server/api/live']);
    setLive({ meetingCode: 'ABC234', highlightNew: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events.closed).toEqual(['http://server/api/live']);
    expect(events.opened.at(-1)).toBe('http://server/api/live?vergadering=ABC234');
    setLive(undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events.closed).toHaveLength(2);
    dispose();
  });
});
