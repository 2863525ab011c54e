import { Show } from 'solid-js';
import { useI18n } from '../i18n/i18n';

/**
 * The map legend: pins (approved proposals too, when a server supplies them), clusters and, when
 * the overlay is on, the knelpunten hatch.
 */
export function OverlayLegend(props: {
  overlay: boolean;
  /** Folded while another key (the meetings' colours) is shown. */
  folded?: boolean;
  approvedLabel?: string;
}) {
  const { t } = useI18n();
  return (
    <details class="legend" open={props.overlay && !props.folded} data-map-overlay>
      <summary>{t().legendHeading}</summary>
      <ul>
        <li>
          <span class="legend__pin" aria-hidden="true" /> {t().legendPin}
        </li>
        <li>
          <span class="legend__pin legend__pin--future" aria-hidden="true" /> {t().legendFuture}
        </li>
        <li>
          <span class="legend__pin legend__pin--derived" aria-hidden="true" /> {t().legendDerived}
        </li>
        <li>
          <span class="legend__pin legend__pin--proposal" aria-hidden="true" /> {t().proposalBadge}
        </li>
        <Show when={props.approvedLabel}>
          <li>
            <span class="legend__pin legend__pin--approved" aria-hidden="true" />{' '}
            {props.approvedLabel}
          </li>
        </Show>
        <li>
          <span class="legend__cluster" aria-hidden="true">
            3
          </span>{' '}
          {t().legendCluster}
        </li>
        <Show when={props.overlay}>
          <li>
            <span class="legend__swatch legend__swatch--hatch" aria-hidden="true" />{' '}
            {t().legendHatched}
          </li>
          <li>
            <span class="legend__swatch" aria-hidden="true" /> {t().legendPlain}
          </li>
        </Show>
      </ul>
    </details>
  );
}
