/**
 * Calls `then` once `element` (text, marked with an `elementtiming` attribute) has been painted and
 * that frame has reached the screen, as Element Timing reports it. Without an element, or where the
 * browser cannot tell (no Element Timing: Firefox, Safari), it calls `then` a frame after the next
 * paint; and after `limitMs` in any case (an element that is never painted: a hidden tab, scrolled
 * out of view). Returns a function that cancels the call.
 */
export function whenPresented(
  element: Element | undefined,
  then: () => void,
  limitMs = 800,
): () => void {
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    cancel();
    then();
  };
  const timer = setTimeout(finish, limitMs);
  let observer: PerformanceObserver | undefined;
  if (element && globalThis.PerformanceObserver?.supportedEntryTypes?.includes('element')) {
    observer = new PerformanceObserver((list) => {
      // The entry is queued once the frame is on the screen, so the GPU has that frame behind it.
      if (
        list
          .getEntries()
          .some(
            (entry) =>
              (entry as PerformanceEntry & { element: Element | null }).element === element,
          )
      )
        setTimeout(finish);
    });
    observer.observe({ type: 'element', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(finish));
  }
  function cancel() {
    clearTimeout(timer);
    observer?.disconnect();
  }
  return () => {
    done = true;
    cancel();
  };
}
