import { Show } from 'solid-js';
import { useRegisterSW } from 'virtual:pwa-register/solid';
import { useI18n } from '../i18n/i18n';

/**
 * Registers the service worker that keeps the app working offline, says once when it is ready for
 * offline use, and offers a new version when there is one (it never reloads under someone's hands).
 */
export function UpdateNotice() {
  const { t } = useI18n();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });

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
