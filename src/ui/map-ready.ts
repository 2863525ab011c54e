import { createSignal, onCleanup, onMount } from 'solid-js';

const EVENT = 'samenbuurten:map-ready';

/** Tells the page the map has drawn its first full view (MapView calls it once). */
export function announceMapReady() {
  window.dispatchEvent(new Event(EVENT));
}

/**
 * True once the first map view is drawn, so work that can wait (the service worker's downloads,
 * prefetching panels) does not compete with it. Also true if the map never comes (no WebGL).
 */
export function createMapReady(fallbackMs = 10_000) {
  const [ready, setReady] = createSignal(false);
  onMount(() => {
    const done = () => setReady(true);
    window.addEventListener(EVENT, done, { once: true });
    const timer = setTimeout(done, fallbackMs);
    onCleanup(() => {
      window.removeEventListener(EVENT, done);
      clearTimeout(timer);
    });
  });
  return ready;
}
