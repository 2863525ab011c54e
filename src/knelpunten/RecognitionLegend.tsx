import { For, Show } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import { RECOGNITION_COLOURS } from '../map/palette';
import { RECOGNITION_CLASSES } from '../survey/recognition';
import type { RecognitionView } from './recognition-data';
import { recognitionEn, recognitionNl } from './recognition-text';
import './recognition-legend.css';

/** On a phone the key is a bar under the map (like the basemap choice), folded at first. */
const WIDE = '(min-width: 48.01rem)';

/**
 * The key to the meetings' choropleth, apart from the seed's hatch: its classes, every coloured
 * municipality with its N, and where the numbers come from.
 */
export function RecognitionLegend(props: {
  view: RecognitionView;
  nameOf: (code: string) => string;
}) {
  const { lang } = useI18n();
  const text = () => (lang() === 'en' ? recognitionEn : recognitionNl);
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(lang() === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' });
  const classes = RECOGNITION_CLASSES.map((from, i) => ({
    from,
    to: (RECOGNITION_CLASSES[i + 1] ?? 101) - 1,
    colour: RECOGNITION_COLOURS[i]!,
  }));

  return (
    <details class="recognition-legend" open={matchMedia(WIDE).matches} data-map-overlay>
      <summary>{text().heading}</summary>
      <Show
        when={props.view.ok ? props.view.overview : undefined}
        fallback={<p>{text().failed}</p>}
      >
        {(overview) => (
          <>
            <p>{text().explain}</p>
            <ul class="recognition-legend__classes">
              <For each={classes}>
                {(c) => (
                  <li>
                    <span
                      class="legend__swatch recognition-legend__swatch"
                      style={{ background: c.colour }}
                      aria-hidden="true"
                    />
                    {text().range(c.from, c.to)}
                  </li>
                )}
              </For>
            </ul>
            <ul>
              <li>
                <span class="legend__swatch" aria-hidden="true" /> {text().tooFew}
              </li>
            </ul>
            <Show when={overview().until} fallback={<p>{text().none}</p>}>
              {(until) => (
                <>
                  <ul class="recognition-legend__gemeenten">
                    <For each={overview().gemeenten}>
                      {(g) => (
                        <li>{text().gemeente(props.nameOf(g.gemeente), g.percent, g.responses)}</li>
                      )}
                    </For>
                  </ul>
                  <p class="recognition-legend__source">{text().source(date(until()))}</p>
                </>
              )}
            </Show>
          </>
        )}
      </Show>
    </details>
  );
}
