import type { LiveEvent } from '../proposals/contract';
import type { SurveyLiveEvent } from '../survey/api';

export interface LiveClient {
  meeting?: string;
  /** The client address, for the per-client limit. */
  address: string;
  send(event: LiveEvent): void;
  /** Screens that follow a meeting also hear when its survey results change. */
  sendSurvey?(event: SurveyLiveEvent): void;
  close(): void;
}

export interface LiveLimits {
  /** Screens in total; past it a new screen gets 503. */
  maxScreens: number;
  /** Screens from one client address; past it a new screen gets 429. */
  maxScreensPerClient: number;
}

export type Admission = { ok: true; remove: () => void } | { ok: false; reason: 'full' | 'client' };

/**
 * The screens that follow the live wall. An approval reaches every screen, or only the screens of
 * its meeting when a screen asked for one; a removal reaches every screen (it only removes a pin).
 * Each screen costs memory and a share of every event, so their number is capped, in total and per
 * client address.
 */
export function createLiveHub(
  limits: LiveLimits = { maxScreens: Infinity, maxScreensPerClient: Infinity },
) {
  const clients = new Set<LiveClient>();
  const perAddress = new Map<string, number>();
  return {
    add(client: LiveClient): Admission {
      if (clients.size >= limits.maxScreens) return { ok: false, reason: 'full' };
      const fromAddress = perAddress.get(client.address) ?? 0;
      if (fromAddress >= limits.maxScreensPerClient) return { ok: false, reason: 'client' };
      clients.add(client);
      perAddress.set(client.address, fromAddress + 1);
      let removed = false;
      return {
        ok: true,
        remove: () => {
          if (removed) return;
          removed = true;
          clients.delete(client);
          const left = (perAddress.get(client.address) ?? 1) - 1;
          if (left > 0) perAddress.set(client.address, left);
          else perAddress.delete(client.address);
        },
      };
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
    /** A survey's results changed: only the screens of that meeting hear it. */
    publishSurvey(event: SurveyLiveEvent) {
      for (const client of clients)
        if (client.meeting === event.meeting) client.sendSurvey?.(event);
    },
    get size() {
      return clients.size;
    },
    /** Ends every stream, so a graceful shutdown is not held up by open screens. */
    closeAll() {
      for (const client of clients) client.close();
      clients.clear();
      perAddress.clear();
    },
  };
}

export type LiveHub = ReturnType<typeof createLiveHub>;
