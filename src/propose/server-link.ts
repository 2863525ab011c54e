import { createEffect, createSignal, getOwner, on, type Accessor } from 'solid-js';
import type { ApprovedState, connectToServer } from './approved-state';
import { retryUntilConnected } from './retry-connect';
import { serverSeen } from './server-seen';

/** How often an app that has met its server before looks for it again while it cannot reach it. */
const RECONNECT_MS = 10_000;

/**
 * With a Samen Buurten server behind the page: approved proposals, sending, the live stream.
 * Starts once the first map view is drawn (`ready`); opened offline, the app keeps looking for its
 * server and connects when it answers. The server code loads only then, never on first paint.
 * Must run under a Solid owner.
 */
export function startServerLink(
  ready: Accessor<boolean>,
  options: Parameters<typeof connectToServer>[0],
): Accessor<ApprovedState | undefined> {
  const [approved, setApproved] = createSignal<ApprovedState>();
  const owner = getOwner();
  createEffect(
    on(
      ready,
      (isReady) => {
        if (!isReady) return;
        retryUntilConnected(
          () =>
            import('./approved-state')
              .then((m) => m.connectToServer(options, owner))
              .then((connected) => {
                if (connected) setApproved(connected);
                return connected !== undefined;
              }),
          { everyMs: RECONNECT_MS, keepTrying: serverSeen },
        );
      },
      { defer: true },
    ),
  );
  return approved;
}
