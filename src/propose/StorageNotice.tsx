import { Show } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import { downloadText, today } from '../ui/download';
import type { ProposalsState } from './proposals-state';

/** Says plainly when proposals could not be stored, and offers them as a download right there. */
export function StorageNotice(props: { proposals: ProposalsState }) {
  const { t } = useI18n();
  return (
    <Show when={props.proposals.storageProblem()}>
      {(problem) => (
        <div class="notice notice--warning" role="alert">
          <p>{t().storageProblems[problem()]}</p>
          <Show when={props.proposals.proposals().length > 0}>
            <button
              type="button"
              class="button"
              onClick={async () => {
                const { proposalsToCsv } = await import('../proposals/exchange');
                downloadText(
                  `voorstellen-${today()}.csv`,
                  proposalsToCsv(props.proposals.proposals()),
                  'text/csv;charset=utf-8',
                );
              }}
            >
              {t().downloadNow}
            </button>
          </Show>
        </div>
      )}
    </Show>
  );
}
