import { createSignal, For, Show } from 'solid-js';
import { useExchangeText } from '../i18n/exchange';
import { useI18n } from '../i18n/i18n';
import { useFeatureText } from '../i18n/feature-text';
import { downloadBlob, downloadText, today } from '../ui/download';
import { proposalsToCsv, proposalsToGeoJson } from '../proposals/exchange';
import { ImportProposals } from './ImportProposals';
import type { Proposal } from '../proposals/proposal';
import type { ProposalsState } from './proposals-state';

export interface MyProposalsProps {
  state: ProposalsState;
  /** Proposals within the current filter, and the filter's place name, for a narrower export. */
  filtered: Proposal[] | undefined;
  filterName: string;
  placeText: (p: Proposal) => string;
  /** A municipality's or wijk's name by its CBS code, written beside the codes in exports. */
  placeName: (code: string) => string | undefined;
  onEdit: (p: Proposal) => void;
  onShow: (p: Proposal) => void;
}

const CSV_TYPE = 'text/csv;charset=utf-8';
const GEOJSON_TYPE = 'application/geo+json';

/** The proposals made on this device: edit, withdraw, download and import. */
export function MyProposals(props: MyProposalsProps) {
  const { t } = useI18n();
  const ft = useFeatureText();
  const x = useExchangeText();
  const [scope, setScope] = createSignal<'all' | 'filter'>('all');
  const chosen = () =>
    scope() === 'filter' && props.filtered ? props.filtered : props.state.proposals();
  const downloadXlsx = async () => {
    const { proposalsToXlsx } = await import('./xlsx');
    downloadBlob(`voorstellen-${today()}.xlsx`, await proposalsToXlsx(chosen(), props.placeName));
  };
  const downloadBackup = () => {
    if (!confirm(x().exportBackupConfirm)) return;
    downloadText(
      `voorstellen-reservekopie-${today()}.geojson`,
      proposalsToGeoJson(props.state.proposals(), props.placeName, true),
      GEOJSON_TYPE,
    );
  };

  return (
    <section class="my-proposals" aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">{ft().proposalsHeading}</h2>
      <p class="muted">{ft().proposalsIntro}</p>
      <Show
        when={props.state.proposals().length > 0}
        fallback={
          <p role="status">{props.state.loaded() ? ft().noProposals : ft().proposalsLoading}</p>
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
                    ? ft().proposalWaiting
                    : ft().proposalStatus[p.status]}
                  <Show when={props.state.unsaved().has(p.id)}>
                    {' · '}
                    <strong class="error-text">{ft().unsavedBadge}</strong>
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
                      if (confirm(ft().withdrawConfirm(p.name))) void props.state.withdraw(p.id);
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

      <div aria-live="polite" class="withdraw-notice">
        <Show when={props.state.withdrawal()}>
          {(notice) => <p>{ft().withdrawnNotice[notice().state](notice().name)}</p>}
        </Show>
        <Show when={props.state.withdrawalsWaiting() > 0}>
          <p class="muted small">{t().withdrawalsWaiting(props.state.withdrawalsWaiting())}</p>
        </Show>
      </div>

      <h3>{ft().exportHeading}</h3>
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
              {ft().exportScopeAll(props.state.proposals().length)}
            </label>
            <label class="check">
              <input
                type="radio"
                name="export-scope"
                checked={scope() === 'filter'}
                onChange={() => setScope('filter')}
              />
              {ft().exportScopeFilter(props.filtered?.length ?? 0, props.filterName)}
            </label>
          </fieldset>
        </Show>
        <div class="form-actions">
          <button
            type="button"
            class="button"
            onClick={() =>
              downloadText(
                `voorstellen-${today()}.csv`,
                proposalsToCsv(chosen(), props.placeName),
                CSV_TYPE,
              )
            }
          >
            {ft().exportCsv}
          </button>
          <button
            type="button"
            class="button button--quiet"
            onClick={() =>
              downloadText(
                `voorstellen-${today()}.geojson`,
                proposalsToGeoJson(chosen(), props.placeName),
                GEOJSON_TYPE,
              )
            }
          >
            {ft().exportGeoJson}
          </button>
          <button type="button" class="button button--quiet" onClick={() => void downloadXlsx()}>
            {x().exportXlsx}
          </button>
        </div>
        <p class="muted small">{x().exportNoSecret}</p>
        <h4>{x().exportBackupHeading}</h4>
        <p class="notice notice--warning">{x().exportBackupWarning}</p>
        <button type="button" class="button button--quiet" onClick={downloadBackup}>
          {x().exportBackup}
        </button>
      </Show>
      <ImportProposals state={props.state} />
    </section>
  );
}
