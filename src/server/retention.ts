import type { Logger } from './log';
import type { Repository, RetentionCutoffs } from './store/repository';

const DAY_MS = 86_400_000;

export interface RetentionSettings {
  /** Days after the moderator's decision that a proposal's contact details are kept. */
  contactRetentionDays: number;
  /** Days after a rejection that the rejected proposal is kept at all. */
  rejectedRetentionDays: number;
}

export function cutoffsAt(now: Date, settings: RetentionSettings): RetentionCutoffs {
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
  return {
    contactDecidedBefore: before(settings.contactRetentionDays),
    rejectedDecidedBefore: before(settings.rejectedRetentionDays),
  };
}

/**
 * Deletes what has been kept long enough, by itself: once at start and then every `everyMs`.
 * `now` is the server's clock (tests pass one they control). The log says how many, never what.
 */
export function startRetention(options: {
  repo: Repository;
  settings: RetentionSettings;
  now: () => Date;
  log: Logger;
  everyMs: number;
}) {
  const { repo, settings, now, log } = options;
  let running: Promise<void> | undefined;
  const run = () =>
    (running ??= (async () => {
      try {
        const at = now();
        const result = await repo.applyRetention(cutoffsAt(at, settings), at.toISOString());
        if (result.contactsErased + result.rejectedErased > 0)
          log('info', 'retention applied', { ...result });
      } catch (error) {
        log('error', 'retention failed', {
          error: error instanceof Error ? error.message : String(error),
        });
      } finally {
        running = undefined;
      }
    })());
  void run();
  const timer = setInterval(() => void run(), options.everyMs);
  timer.unref();
  return {
    /** Runs now (or joins the run in progress). */
    run,
    /** Stops the schedule and waits for a run in progress, so storage can close after it. */
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

export type Retention = ReturnType<typeof startRetention>;
