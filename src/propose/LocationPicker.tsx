import { createMemo, For, Show } from 'solid-js';
import type { DataIndex } from '../data/indexes';
import { useI18n } from '../i18n/i18n';
import { useFeatureText } from '../i18n/feature-text';
import type { Locate } from '../proposals/locate';
import { plainPlace } from './plain-place';

export type LngLat = [number, number];

export interface LocationPickerProps {
  location: LngLat | undefined;
  onChange: (location: LngLat) => void;
  locate: Locate;
  index: DataIndex;
  /** Representative point of an area, for choosing a place without a mouse. */
  centreOf: (code: string) => LngLat | undefined;
  error: string | undefined;
}

const STEP_METRES = 100;

/**
 * Choosing a place without a mouse: a municipality and wijk put the pin at the area's centre, then
 * buttons or arrow keys move it in 100 m steps. The map click and drag do the same for mouse users.
 */
export function LocationPicker(props: LocationPickerProps) {
  const { t } = useI18n();
  const ft = useFeatureText();
  const place = createMemo(() => (props.location ? props.locate(...props.location) : undefined));
  const placeText = () => {
    const found = place();
    if (!found?.gemeente) return undefined;
    const name = (code: string | undefined) =>
      code ? props.index.areas.get(code)?.name : undefined;
    return plainPlace(name(found.wijk), name(found.gemeente));
  };
  const wijken = () => {
    const gemeente = place()?.gemeente;
    return gemeente
      ? (props.index.subAreas.get(gemeente) ?? []).filter((a) => a.kind === 'wijk')
      : [];
  };

  const nudge = (east: number, north: number) => {
    const [lng, lat] = props.location ?? props.centreOf('PV24') ?? [5.5, 52.5];
    const dLat = (north * STEP_METRES) / 111_320;
    const dLng = (east * STEP_METRES) / (111_320 * Math.cos((lat * Math.PI) / 180));
    props.onChange([Math.round((lng + dLng) * 1e6) / 1e6, Math.round((lat + dLat) * 1e6) / 1e6]);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const move = { ArrowUp: [0, 1], ArrowDown: [0, -1], ArrowRight: [1, 0], ArrowLeft: [-1, 0] }[
      event.key
    ];
    if (!move) return;
    event.preventDefault();
    nudge(move[0]!, move[1]!);
  };
  const choose = (code: string) => {
    const centre = code ? props.centreOf(code) : undefined;
    if (centre) props.onChange(centre);
  };

  return (
    <fieldset class="location" aria-describedby="location-status location-error">
      <legend>{t().locationLegend}</legend>
      <p class="muted small">{ft().locationHelpMouse}</p>
      <p class="muted small">{ft().locationHelpKeyboard}</p>
      <div class="field">
        <label for="location-gemeente">{t().gemeenteFilter}</label>
        <select id="location-gemeente" onChange={(e) => choose(e.currentTarget.value)}>
          <option value="">{t().chooseGemeente}</option>
          <For each={props.index.gemeenten}>
            {(g) => (
              <option value={g.code} selected={place()?.gemeente === g.code}>
                {g.name}
              </option>
            )}
          </For>
        </select>
      </div>
      <Show when={wijken().length > 1}>
        <div class="field">
          <label for="location-wijk">{ft().chooseWijk}</label>
          <select id="location-wijk" onChange={(e) => choose(e.currentTarget.value)}>
            <option value="">{ft().chooseWijk}</option>
            <For each={wijken()}>
              {(w) => (
                <option value={w.code} selected={place()?.wijk === w.code}>
                  {w.name}
                </option>
              )}
            </For>
          </select>
        </div>
      </Show>
      <div
        class="nudge"
        role="group"
        aria-label={ft().nudge}
        tabindex="0"
        onKeyDown={onKeyDown}
        aria-describedby="nudge-hint"
      >
        <span id="nudge-hint" class="muted small">
          {ft().nudgeHint}
        </span>
        <div class="nudge__buttons">
          <button type="button" class="button button--quiet" onClick={() => nudge(0, 1)}>
            ↑ {ft().north}
          </button>
          <button type="button" class="button button--quiet" onClick={() => nudge(-1, 0)}>
            ← {ft().west}
          </button>
          <button type="button" class="button button--quiet" onClick={() => nudge(1, 0)}>
            {ft().east} →
          </button>
          <button type="button" class="button button--quiet" onClick={() => nudge(0, -1)}>
            ↓ {ft().south}
          </button>
        </div>
      </div>
      <p id="location-status" class="location__status" aria-live="polite">
        <Show when={props.location} fallback={ft().locationNone}>
          <Show
            when={placeText()}
            fallback={<strong class="error-text">{ft().locationOutside}</strong>}
          >
            {/* A fragment keeps the text reactive: Show calls this function only once. */}
            {(text) => <>{ft().locationIn(text())}</>}
          </Show>
        </Show>
      </p>
      {/* A pin outside Flevoland is already said in red just above: say it once. */}
      <Show when={props.error && !(props.location && !placeText())}>
        <p id="location-error" class="error-text">
          {props.error}
        </p>
      </Show>
    </fieldset>
  );
}
