/**
 * Whether this device has met a Samen Buurten server before. Then a proposal made while offline
 * will be sent when the connection returns (and the app keeps looking for the server); on a
 * static host without a server it stays on the device.
 */
const KEY = 'samen-buurten:server-gezien';

export function serverSeen(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function rememberServer() {
  try {
    localStorage.setItem(KEY, '1');
  } catch {
    // A private window: the app still connects whenever the server answers.
  }
}
