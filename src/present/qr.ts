import { encode } from 'uqr';

/** An SVG path drawing the dark modules of a QR code, made here so no HTML string is ever inserted. */
export function qrPath(text: string): { size: number; d: string } {
  const { size, data } = encode(text, { ecc: 'M', border: 4 });
  const parts: string[] = [];
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
    }),
  );
  return { size, d: parts.join('') };
}

/** The propose form for a municipality (and meeting), as the QR code opens it on a phone. */
export function proposeUrl(
  base: string,
  gemeente: string | undefined,
  meetingCode: string | undefined,
): string {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  url.searchParams.set('voorstel', 'nieuw');
  if (gemeente) url.searchParams.set('gemeente', gemeente);
  if (meetingCode) url.searchParams.set('code', meetingCode);
  return url.toString();
}

/** A meeting's survey on the phone, as the QR code on the survey slide opens it. */
export function surveyUrl(base: string, meetingCode: string): string {
  const url = new URL(base);
  url.pathname = '/';
  url.search = '';
  url.hash = '';
  url.searchParams.set('enquete', meetingCode);
  return url.toString();
}

/** An address that only this computer can open (phones scanning the code would reach nothing). */
export function isLocalOnly(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '[::1]' || /^127\./.test(host);
}
