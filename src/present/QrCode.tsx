import { createMemo, Show } from 'solid-js';
import { qrPath } from './qr';

/**
 * A QR code drawn as SVG from the text; the URL is shown under it for those without a camera,
 * unless it is an address only this computer can open (then it is the presenter's business).
 */
export function QrCode(props: { text: string; label: string; showUrl?: boolean }) {
  const qr = createMemo(() => qrPath(props.text));
  return (
    <figure class="qr">
      <svg
        class="qr__code"
        viewBox={`0 0 ${qr().size} ${qr().size}`}
        role="img"
        aria-label={props.label}
        shape-rendering="crispEdges"
      >
        <rect width={qr().size} height={qr().size} fill="#fff" />
        <path d={qr().d} fill="#000" />
      </svg>
      <Show when={props.showUrl ?? true}>
        <figcaption class="qr__url">{props.text}</figcaption>
      </Show>
    </figure>
  );
}
