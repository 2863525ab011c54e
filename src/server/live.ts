import type { LiveEvent } from './contract';

export interface LiveClient {
  meeting?: string;
  send(event: LiveEvent): void;
  close(): void;
}

/**
 * The screens that follow the live wall. An approval reaches every screen, or only the screens of
 * its meeting when a screen asked for one; a removal reaches every screen (it only removes a pin).
 */
export function createLiveHub() {
  const clients = new Set<LiveClient>();
  return {
    add(client: LiveClient) {
      clients.add(client);
      return () => void clients.delete(client);
    },
    publish(event: LiveEvent) {
      for (const client of clients) {
        const forOtherMeeting =
          event.type === 'approved' &&
          client.meeting !== undefined &&
          event.proposal.meetingCode !== client.meeting;
        if (!forOtherMeeting) client.send(event);
      }
    },
    get size() {
      return clients.size;
    },
    /** Ends every stream, so a graceful shutdown is not held up by open screens. */
    closeAll() {
      for (const client of clients) client.close();
      clients.clear();
    },
  };
}

export type LiveHub = ReturnType<typeof createLiveHub>;
