import { createSignal, For, Show } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import { downloadText, today } from '../ui/download';
import { toCsv } from './csv';
import { proposalsToCsv, proposalsToGeoJson } from './exchange';
import type { ImportReport } from './import-proposals';
import { problemText } from './problem-text';
import type { Proposal } from './proposal';
import type { ProposalsState } from './proposals-state';

export interface MyProposalsProps {
  state: ProposalsState;
  /** Proposals within the current filter, and the filter's place name, for a narrower export. */
  filtered: Proposal[] | undefined;
  filterName: string;
  placeText: (p: Proposal) => string;
  onEdit: (p: Proposal) => void;
  onShow: (p: Proposal) => void;
}

const CSV_TYPE = 'text/csv;charset=utf-8';
const GEOJSON_TYPE = 'application/geo+json';

/** The proposals made on this device: edit, withdraw, download and import. */
export function MyProposals(props: MyProposalsProps) {
  const { t } = useI18n();
  const [report, setReport] = createSignal<ImportReport & { file: string }>();
  const [scope, setScope] = createSignal<'all' | 'filter'>('all');
  const doneImport = () => {
    const r = report();
    return r?.ok ? r : undefined;
  };
  const failedImport = () => {
    const r = report();
    return r && !r.ok ? r : undefined;
  };
  const chosen = () =>
    scope() === 'filter' && props.filtered ? props.filtered : props.state.proposals();

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setReport({ ok: false, reason: 'unreadable', file: file.name });
      return;
    }
    setReport({ ...(await props.state.importFile(file.name, text)), file: file.name });
    input.value = '';
  };

  const downloadRejected = () => {
    const r = report();
    if (!r?.ok) return;
    const columns = [...new Set(r.rejected.flatMap((row) => Object.keys(row.fields)))];
    downloadText(
      `afgekeurde-regels-${today()}.csv`,
      toCsv(
        ['regel', 'reden', ...columns],
        r.rejected.map((row) => [
          String(row.row),
          row.problems.map((p) => `${p.field}: ${problemText(p, t())}`).join(' '),
          ...columns.map((c) => (row.fields[c] === undefined ? '' : String(row.fields[c]))),
        ]),
      ),
      CSV_TYPE,
    );
  };

  return (
    <section class="my-proposals" aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">{t().proposalsHeading}</h2>
      <p class="muted">{t().proposalsIntro}</p>
      <Show
        when={props.state.proposals().length > 0}
        fallback={
          <p role="status">{props.state.loaded() ? t().noProposals : t().proposalsLoading}</p>
        }
      >
        <ul class="proposal-list">
          <For each={props.state.proposals()}>
            {(p) => (
              <li class="proposal-item" data-id={p.id}>
                <button
                  type="button"
                  class="link-button proposal-item__name"
                  onClick={() => props.onShow(p)}
                >
                  {p.name}
                </button>
                <span class="muted small">
                  {props.placeText(p)} ·{' '}
                  {p.status === 'lokaal' && props.state.sendsLater()
                    ? t().proposalWaiting
                    : t().proposalStatus[p.status]}
                  <Show when={props.state.unsaved().has(p.id)}>
                    {' · '}
                    <strong class="error-text">{t().unsavedBadge}</strong>
                  </Show>
                </span>
                <span class="proposal-item__actions">
                  <button
                    type="button"
                    class="button button--quiet"
                    aria-label={`${t().edit}: ${p.name}`}
                    onClick={() => props.onEdit(p)}
                  >
                    {t().edit}
                  </button>
                  <button
                    type="button"
                    class="button button--quiet"
                    aria-label={`${t().withdraw}: ${p.name}`}
                    onClick={() => {
                      if (confirm(t().withdrawConfirm(p.name))) void props.state.withdraw(p.id);
                    }}
                  >
                    {t().withdraw}
                  </button>
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>

      <h3>{t().exportHeading}</h3>
      <Show when={props.state.proposals().length > 0}>
        <Show when={props.filtered}>
          <fieldset class="export-scope">
            <label class="check">
              <input
                type="radio"
                name="export-scope"
                checked={scope() === 'all'}
                onChange={() => setScope('all')}
              />
              {t().exportScopeAll(props.state.proposals().length)}
            </label>
            <label class="check">
              <input
                type="radio"
                name="export-scope"
                checked={scope() === 'filter'}
                onChange={() => setScope('filter')}
              />
              {t().exportScopeFilter(props.filtered?.length ?? 0, props.filterName)}
            </label>
          </fieldset>
        </Show>
        <div class="form-actions">
          <button
            type="button"
            class="button"
            onClick={() =>
              downloadText(`voorstellen-${today()}.csv`, proposalsToCsv(chosen()), CSV_TYPE)
            }
          >
            {t().exportCsv}
          </button>
          <button
            type="button"
            class="button button--quiet"
            onClick={() =>
              downloadText(
                `voorstellen-${today()}.geojson`,
                proposalsToGeoJson(chosen()),
                GEOJSON_TYPE,
              )
            }
          >
            {t().exportGeoJson}
          </button>
        </div>
      </Show>
      <div class="field">
        <label for="import-file">{t().importLabel}</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.geojson,.json,text/csv,application/geo+json,application/json"
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </div>
      <div aria-live="polite" class="import-report">
        <Show when={failedImport()}>
          {(r) => <p class="error-text">{t().importFailed[r().reason]}</p>}
        </Show>
        <Show when={doneImport()}>
          {(r) => (
            <>
              <p>
                <strong>{r().file}:</strong>{' '}
                {t().importReport(r().accepted.length, r().rejected.length)}
              </p>
              <Show when={r().rejected.length > 0}>
                <ul class="rejected">
                  <For each={r().rejected}>
                    {(row) => (
                      <li>
                        {t().importRejectedRow(row.row)}
                        {typeof row.fields.name === 'string' && row.fields.name
                          ? ` (${row.fields.name})`
                          : ''}
                        : {row.problems.map((problem) => problemText(problem, t())).join(' ')}
                      </li>
                    )}
                  </For>
                </ul>
                <button type="button" class="button button--quiet" onClick={downloadRejected}>
                  {t().importDownloadRejected}
                </button>
              </Show>
            </>
          )}
        </Show>
      </div>
    </section>
  );
}
