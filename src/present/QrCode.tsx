import { createMemo } from 'solid-js';
import { qrPath } from './qr';

/** A QR code drawn as SVG from the text; the URL is shown beside it for those without a camera. */
export function QrCode(props: { text: string; label: string }) {
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
      <figcaption class="qr__url">{props.text}</figcaption>
    </figure>
  );
}
