import { createMemo, For, Show } from 'solid-js';
import type { DataIndex } from '../data/indexes';
import { countByGemeente, type StatusFilter } from '../state/filters';
import type { ExploreState } from '../state/explore-state';
import { useI18n } from '../i18n/i18n';

/** Municipality, then stadsdeel or wijk, status and mentions; "Alles tonen" resets. */
export function FilterBar(props: {
  state: ExploreState;
  index: DataIndex;
  all: Parameters<typeof countByGemeente>[0];
  /** A server is there: the meetings' answers can colour the overlay. */
  server: boolean;
}) {
  const { t } = useI18n();
  const counts = createMemo(() => countByGemeente(props.all, props.state.filters()));
  const subAreas = createMemo(() => {
    const code = props.state.filters().gemeente;
    return code ? (props.index.subAreas.get(code) ?? []) : [];
  });
  const stadsdelen = () => subAreas().filter((a) => a.kind === 'stadsdeel');
  const wijken = () => subAreas().filter((a) => a.kind === 'wijk');

  return (
    <section class="filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading" class="visually-hidden">
        {t().filtersHeading}
      </h2>
      <div class="field">
        <label for="filter-gemeente">{t().gemeenteFilter}</label>
        <select
          id="filter-gemeente"
          onChange={(e) => props.state.chooseGemeente(e.currentTarget.value || undefined)}
        >
          <option value="">{t().allGemeenten}</option>
          <For each={props.index.gemeenten}>
            {(g) => (
              <option value={g.code} selected={props.state.filters().gemeente === g.code}>
                {t().withCount(g.name, counts().get(g.code) ?? 0)}
              </option>
            )}
          </For>
        </select>
      </div>
      <Show when={subAreas().length > 1}>
        <div class="field">
          <label for="filter-area">{t().areaFilter}</label>
          <select
            id="filter-area"
            onChange={(e) => props.state.chooseArea(e.currentTarget.value || undefined)}
          >
            <option value="">{t().allAreas}</option>
            <Show when={stadsdelen().length > 0}>
              <optgroup label={t().stadsdelen}>
                <For each={stadsdelen()}>
                  {(a) => (
                    <option value={a.code} selected={props.state.filters().area === a.code}>
                      {a.name}
                    </option>
                  )}
                </For>
              </optgroup>
            </Show>
            <optgroup label={t().wijken}>
              <For each={wijken()}>
                {(a) => (
                  <option value={a.code} selected={props.state.filters().area === a.code}>
                    {a.name}
                  </option>
                )}
              </For>
            </optgroup>
          </select>
        </div>
      </Show>
      <div class="field">
        <label for="filter-status">{t().statusFilter}</label>
        <select
          id="filter-status"
          onChange={(e) =>
            props.state.setStatus((e.currentTarget.value || undefined) as StatusFilter | undefined)
          }
        >
          <option value="">{t().allStatuses}</option>
          <option value="genoemd" selected={props.state.filters().status === 'genoemd'}>
            {t().status.genoemd}
          </option>
          <option value="toekomstig" selected={props.state.filters().status === 'toekomstig'}>
            {t().status.toekomstig}
          </option>
        </select>
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={(props.state.filters().minMentions ?? 1) > 1}
          onChange={(e) => props.state.setMinMentions(e.currentTarget.checked ? 2 : undefined)}
        />
        {t().mentionsFilter}
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={!props.state.filters().hideProposals}
          onChange={(e) => props.state.setHideProposals(!e.currentTarget.checked)}
        />
        {t().showProposals}
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={props.state.overlay()}
          onChange={(e) => props.state.setOverlay(e.currentTarget.checked)}
        />
        {t().overlayToggle}
      </label>
      <Show when={props.server && props.state.overlay()}>
        <label class="check">
          <input
            type="checkbox"
            checked={props.state.recognition()}
            onChange={(e) => props.state.setRecognition(e.currentTarget.checked)}
          />
          {t().recognitionToggle}
        </label>
      </Show>
      <button
        type="button"
        class="button"
        disabled={!props.state.isFiltered() && !props.state.selectedId()}
        onClick={() => props.state.reset()}
      >
        {t().showAll}
      </button>
    </section>
  );
}
