import { createEffect, onCleanup } from 'solid-js';
import type { AttributionControl } from 'maplibre-gl';
import { maplibre } from '../maplibre';
import { useMap } from '../map-context';

/**
 * The credits and MapLibre's control texts in the UI language. MapLibre reads its texts once, so a
 * language switch re-creates the attribution and relabels the zoom buttons.
 */
export function ControlTexts(props: {
  attribution: string[];
  label: string;
  texts: { zoomIn: string; zoomOut: string; toggleAttribution: string };
}) {
  const map = useMap();
  let attribution: AttributionControl | undefined;
  createEffect(() => {
    const lines = props.attribution;
    const texts = props.texts;
    if (attribution) map.removeControl(attribution);
    // On a phone the credits fold behind an (i) button instead of taking three lines of map.
    const compact = window.matchMedia('(max-width: 48rem)').matches;
    attribution = new (maplibre().AttributionControl)({ compact, customAttribution: lines });
    map.addControl(attribution, 'bottom-right');
    const container = map.getContainer();
    // MapLibre opens compact credits at first; on a phone they start folded (the (i) opens them).
    if (compact)
      container
        .querySelector('.maplibregl-ctrl-attrib')
        ?.classList.remove('maplibregl-compact-show');
    const label = (selector: string, text: string) => {
      const element = container.querySelector(selector);
      element?.setAttribute('aria-label', text);
      element?.setAttribute('title', text);
    };
    label('.maplibregl-ctrl-zoom-in', texts.zoomIn);
    label('.maplibregl-ctrl-zoom-out', texts.zoomOut);
    label('.maplibregl-ctrl-attrib-button', texts.toggleAttribution);
    map.getCanvas().setAttribute('aria-label', props.label);
    followCreditsHeight(container);
  });
  onCleanup(() => {
    creditsObserver?.disconnect();
    if (attribution) map.removeControl(attribution);
  });

  // The credits take one line or several (the map's width, the language, a phone's (i) opened);
  // the keys in the map's corners (knelpunten/*.css) stand above them, wherever their top is.
  let creditsObserver: ResizeObserver | undefined;
  function followCreditsHeight(container: HTMLElement) {
    creditsObserver?.disconnect();
    const credits = container.querySelector('.maplibregl-ctrl-attrib');
    const region = container.parentElement;
    if (!credits || !region) return;
    creditsObserver = new ResizeObserver(() => {
      const height = container.getBoundingClientRect().bottom - credits.getBoundingClientRect().top;
      region.style.setProperty('--map-credits-height', `${Math.max(0, Math.ceil(height))}px`);
    });
    creditsObserver.observe(credits);
  }
  return null;
}
