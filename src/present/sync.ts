import type { Slide } from './tour';

/**
 * The presenter window and the audience window talk over a BroadcastChannel (same browser, same
 * origin, no server needed): the audience says where it is, the presenter sends keys.
 */
export const PRESENT_CHANNEL = 'samen-buurten-presentatie';

export interface AudienceState {
  type: 'state';
  slides: Slide[];
  current: number;
  blank: boolean;
  showQr: boolean;
  paused: boolean;
  /** What the QR code opens, and whether phones can reach it. */
  qrUrl: string;
  qrLocalOnly: boolean;
  /** The Samen Buurten server: none (static site), up, or down (live stream lost). */
  server: 'none' | 'up' | 'down';
  meeting: boolean;
}

export type PresenterMessage = { type: 'key'; key: string } | { type: 'hello' };

export type PresentMessage = AudienceState | PresenterMessage | { type: 'closed' };

export function openPresentChannel(onMessage: (message: PresentMessage) => void): BroadcastChannel {
  const channel = new BroadcastChannel(PRESENT_CHANNEL);
  channel.addEventListener('message', (event: MessageEvent<PresentMessage>) =>
    onMessage(event.data),
  );
  return channel;
}
