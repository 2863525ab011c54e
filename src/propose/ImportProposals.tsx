import { createSignal, For, Show } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import { useFeatureText } from '../i18n/feature-text';
import { useExchangeText, type ExchangeText } from '../i18n/exchange';
import { downloadText, today } from '../ui/download';
import type { ImportReport } from './import-proposals';
import type { ProposalsState } from './proposals-state';
import { rejectedRowsCsv, rowProblemText } from './rejected-rows';

const ACCEPT = [
  '.csv',
  '.txt',
  '.xlsx',
  '.geojson',
  '.json',
  'text/csv',
  'application/geo+json',
  'application/json',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

/** Reading a file in: CSV, XLSX or GeoJSON, with a report that names each bad row's field. */
export function ImportProposals(props: { state: ProposalsState }) {
  const { t } = useI18n();
  const ft = useFeatureText();
  const x = useExchangeText();
  const [report, setReport] = createSignal<ImportReport & { file: string }>();
  const done = () => {
    const r = report();
    return r?.ok ? r : undefined;
  };
  const failed = () => {
    const r = report();
    return r && !r.ok ? r : undefined;
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      setReport({ ok: false, reason: 'unreadable', file: file.name });
      return;
    }
    setReport({ ...(await props.state.importFile(file.name, bytes)), file: file.name });
    input.value = '';
  };

  const downloadRejected = () => {
    const r = done();
    if (r)
      downloadText(
        `afgekeurde-regels-${today()}.csv`,
        rejectedRowsCsv(r.rejected, t(), x()),
        'text/csv;charset=utf-8',
      );
  };

  return (
    <>
      <div class="field">
        <label for="import-file">{x().importLabelAny}</label>
        <input
          id="import-file"
          type="file"
          accept={ACCEPT}
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </div>
      <div aria-live="polite" class="import-report">
        <Show when={failed()}>
          {(r) => <p class="error-text">{ft().importFailed[r().reason]}</p>}
        </Show>
        <Show when={done()}>
          {(r) => (
            <>
              <p>
                <strong>{r().file}:</strong>{' '}
                {ft().importReport(r().accepted.length, r().rejected.length)}
              </p>
              <For each={r().notes}>{(note) => <p class="notice">{x().importNotes[note]}</p>}</For>
              <Show when={r().fromServer.length > 0}>
                <p>{x().importFromServer(r().fromServer.length)}</p>
                <ul class="from-server">
                  <For each={r().fromServer}>
                    {(row) => (
                      <li>
                        {x().importServerRow(row.row, row.name)}
                        {row.number !== undefined ? ` (${x().importServerNumber(row.number)})` : ''}
                        {row.status && row.status in x().importServerStatus
                          ? ` · ${x().importServerStatus[row.status as keyof ExchangeText['importServerStatus']]}`
                          : ''}
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <Show when={r().rejected.length > 0}>
                <ul class="rejected">
                  <For each={r().rejected}>
                    {(row) => (
                      <li>
                        {ft().importRejectedRow(row.row)}
                        {row.name ? ` (${row.name})` : ''}:{' '}
                        {row.problems.map((problem) => rowProblemText(problem, t(), x())).join(' ')}
                      </li>
                    )}
                  </For>
                </ul>
                <button type="button" class="button button--quiet" onClick={downloadRejected}>
                  {ft().importDownloadRejected}
                </button>
              </Show>
            </>
          )}
        </Show>
      </div>
    </>
  );
}
