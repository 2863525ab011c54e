import { createUniqueId, For, Show } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import { rememberBasemap } from '../state/basemap-preference';
import { onlineBasemaps, type BasemapId } from './basemaps';

export interface BasemapSwitchProps {
  value: BasemapId;
  onChoose: (id: BasemapId) => void;
  /** An online basemap that could not be reached: shown as a message until dismissed. */
  unreachable: BasemapId | undefined;
  onDismiss: () => void;
}

/**
 * The basemap choice on the map: a native select with a label, so it works with keyboard and
 * screen reader as is. The embedded map comes first and is the default; online ones only load when
 * picked. The choice is remembered on this device.
 */
export function BasemapSwitch(props: BasemapSwitchProps) {
  const { t } = useI18n();
  const id = createUniqueId();
  const choices: BasemapId[] = ['offline', ...onlineBasemaps().map((basemap) => basemap.id)];
  const choose = (value: string) => {
    const choice = choices.find((c) => c === value);
    if (!choice) return;
    rememberBasemap(choice);
    props.onChoose(choice);
  };
  return (
    <div class="basemap-switch" data-map-overlay>
      <label for={id}>{t().basemapLabel}</label>
      <select id={id} onChange={(e) => choose(e.currentTarget.value)}>
        <For each={choices}>
          {(choice) => (
            <option value={choice} selected={props.value === choice}>
              {t().basemapOptions[choice]}
            </option>
          )}
        </For>
      </select>
      {/* Always in the page, so screen readers announce the message when it appears. */}
      <div role="status" class="basemap-switch__status">
        <Show when={props.unreachable}>
          <p class="basemap-switch__notice">
            {t().basemapUnreachable}{' '}
            <button type="button" class="basemap-switch__dismiss" onClick={() => props.onDismiss()}>
              {t().basemapDismiss}
            </button>
          </p>
        </Show>
      </div>
    </div>
  );
}
