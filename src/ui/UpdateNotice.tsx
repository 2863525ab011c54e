import { createEffect, onCleanup, Show } from 'solid-js';
import { useRegisterSW } from 'virtual:pwa-register/solid';
import { useI18n } from '../i18n/i18n';
import { updateNoticeEn, updateNoticeNl } from './update-notice-text';

/** How long the "works offline now" message stays: it only informs, so it goes by itself. */
const INFO_MS = 8_000;

/**
 * Registers the service worker that keeps the app working offline, says once when it is ready for
 * offline use, and offers a new version when there is one (it never reloads under someone's hands).
 * Where it stands (the footer's line) keeps it off every control and moves nothing.
 */
export function UpdateNotice() {
  const { lang } = useI18n();
  const t = () => (lang() === 'en' ? updateNoticeEn : updateNoticeNl);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });

  createEffect(() => {
    if (!offlineReady()) return;
    const timer = setTimeout(() => setOfflineReady(false), INFO_MS);
    onCleanup(() => clearTimeout(timer));
  });

  return (
    <div class="update-notice" role="status">
      <Show when={needRefresh()}>
        <p>
          {t().updateReady}{' '}
          <button type="button" class="button" onClick={() => void updateServiceWorker(true)}>
            {t().updateNow}
          </button>{' '}
          <button type="button" class="button button--quiet" onClick={() => setNeedRefresh(false)}>
            {t().later}
          </button>
        </p>
      </Show>
      <Show when={offlineReady() && !needRefresh()}>
        <p>
          {t().offlineReady}{' '}
          <button type="button" class="button button--quiet" onClick={() => setOfflineReady(false)}>
            {t().dismiss}
          </button>
        </p>
      </Show>
    </div>
  );
}
