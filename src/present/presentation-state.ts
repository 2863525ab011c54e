import { batch, createEffect, createSignal, on, onCleanup } from 'solid-js';
import type { DataIndex } from '../data/indexes';
import { SELECTED_ZOOM, type ExploreState } from '../state/explore-state';
import type { MapViewState } from '../state/url-state';
import { readUrlKey, type UrlValues } from '../state/url-keys';
import { slideForKey, type Slide } from './tour';

/** The controls and the cursor hide after this long without mouse or key input. */
const IDLE_MS = 3000;

export interface CoveredEdges {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Presentation mode: which slide is on, autoplay (kiosk), blanking and the QR code, plus what the
 * browser offers a big screen (full screen, wake lock, a hidden idle cursor). Leaving puts the map
 * and the URL back exactly as they were in explore.
 */
export function createPresentation(options: {
  slides: Slide[];
  index: DataIndex;
  explore: ExploreState;
  currentView: () => MapViewState | undefined;
}) {
  const { slides, index, explore } = options;
  const openedPresenting = readUrlKey('present') === true;
  const [active, setActive] = createSignal(openedPresenting);
  const [current, setCurrent] = createSignal(clamp((readUrlKey('dia') ?? 1) - 1));
  const [blank, setBlank] = createSignal(false);
  const [showQr, setShowQr] = createSignal(false);
  const [autoplaySeconds, setAutoplaySeconds] = createSignal(readUrlKey('autoplay') ?? 0);
  const [paused, setPaused] = createSignal(false);
  const [cursorIdle, setCursorIdle] = createSignal(false);
  // A slide too full for one screen shows in parts (the survey slide): the next key shows its
  // next part before the next slide. The slide says how many parts it has.
  const [part, setPart] = createSignal(0);
  const [partCount, setPartCount] = createSignal(1);
  let returnView: MapViewState | undefined;
  let wakeLock: WakeLockSentinel | undefined;
  let enteredFullscreen = false;
  /** The overlay measures its panels; until it is there, a rough guess of the slide panel. */
  let measureCover: (() => CoveredEdges) | undefined;

  function clamp(i: number) {
    return Number.isInteger(i) ? Math.min(Math.max(i, 0), slides.length - 1) : 0;
  }

  const slide = () => slides[current()];

  /** Set while the handout pictures each slide: the camera jumps. */
  let instant = false;

  function showSlide(target: Slide | undefined) {
    if (!target) return;
    if (target.kind === 'gemeente' || (target.kind === 'live' && target.gemeente)) {
      const area = index.areas.get(target.gemeente ?? '');
      if (area) explore.moveCamera({ kind: 'fit', bbox: area.bbox, instant });
    } else if (target.kind === 'initiatief') {
      const [lng = 0, lat = 0] = index.initiatives.get(target.id)?.geometry.coordinates ?? [];
      explore.moveCamera({ kind: 'fly', center: [lng, lat], zoom: SELECTED_ZOOM, instant });
    } else {
      explore.moveCamera({ kind: 'fit', bbox: index.provinceBbox, instant });
    }
  }

  async function keepAwake() {
    try {
      wakeLock = await navigator.wakeLock?.request('screen');
    } catch {
      // Not offered or refused (e.g. low battery): the presentation works without it.
    }
  }
  const onVisibility = () => {
    if (active() && document.visibilityState === 'visible') void keepAwake();
  };

  function go(i: number) {
    batch(() => {
      setBlank(false);
      setPart(0);
      setPartCount(1);
      setCurrent(clamp(i));
    });
  }

  function enter(fromUserAction: boolean) {
    returnView = options.currentView();
    batch(() => {
      setActive(true);
      setPaused(false);
    });
    onInput();
    if (fromUserAction) void requestFullscreen();
    void keepAwake();
  }

  async function requestFullscreen() {
    try {
      await document.documentElement.requestFullscreen?.();
      enteredFullscreen = true;
    } catch {
      // Refused (no user gesture, or an iframe without permission): the layout already fills the window.
    }
  }

  function exit() {
    if (!active()) return;
    batch(() => {
      setActive(false);
      setBlank(false);
      setShowQr(false);
    });
    void wakeLock?.release().catch(() => {});
    wakeLock = undefined;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    enteredFullscreen = false;
    if (returnView) explore.moveCamera({ kind: 'jump', view: returnView });
    else explore.frameProvince();
  }

  // Esc in real full screen is taken by the browser to leave full screen; treat that as leaving.
  const onFullscreenChange = () => {
    if (!document.fullscreenElement && enteredFullscreen) exit();
  };

  /**
   * What a key does, pressed here or in the presenter window: true when it was the presentation's
   * (the browser's own meaning of the key is then not wanted).
   */
  function press(key: string): boolean {
    if (!active()) return false;
    if (autoplaySeconds() && !paused()) {
      setPaused(true);
      if (key !== 'Escape') return false;
    }
    if (key === 'Escape') {
      exit();
      return false;
    }
    if (key === 'b' || key === 'B' || key === '.') {
      setBlank((b) => !b);
      return true;
    }
    if (key === 'q' || key === 'Q') {
      setShowQr((q) => !q);
      return false;
    }
    if (blank()) {
      setBlank(false);
      return true;
    }
    const target = slideForKey(key, current(), slides);
    if (target === undefined) return false;
    if (target === current() + 1 && part() < partCount() - 1) setPart(part() + 1);
    else if (target === current() - 1 && part() > 0) setPart(part() - 1);
    else go(target);
    return true;
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (!active() || event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.target as HTMLElement | null)?.closest?.('select, input, textarea')) return;
    onInput();
    if (press(event.key)) event.preventDefault();
  };

  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const onInput = () => {
    setCursorIdle(false);
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => setCursorIdle(true), IDLE_MS);
  };
  const onPointer = onInput;

  window.addEventListener('keydown', onKeyDown);
  window.addEventListener('pointermove', onPointer);
  document.addEventListener('visibilitychange', onVisibility);
  document.addEventListener('fullscreenchange', onFullscreenChange);
  onCleanup(() => {
    window.removeEventListener('keydown', onKeyDown);
    window.removeEventListener('pointermove', onPointer);
    document.removeEventListener('visibilitychange', onVisibility);
    document.removeEventListener('fullscreenchange', onFullscreenChange);
    clearTimeout(idleTimer);
  });

  // The camera follows in the next frame, not in the key's own task: the presenter window shares
  // this window's thread (same browser), and hears of the new slide only once that task has ended.
  let cameraFrame = 0;
  createEffect(
    on([active, current], ([isActive, i]) => {
      document.body.classList.toggle('presenting', isActive);
      cancelAnimationFrame(cameraFrame);
      if (!isActive) return;
      if (instant) showSlide(slides[i]);
      else cameraFrame = requestAnimationFrame(() => showSlide(slides[current()]));
    }),
  );
  onCleanup(() => cancelAnimationFrame(cameraFrame));

  // Kiosk: advance every N seconds and loop, until someone presses a key or clicks.
  createEffect(() => {
    const seconds = autoplaySeconds();
    if (!active() || !seconds || paused()) return;
    const timer = setInterval(() => go((current() + 1) % slides.length), seconds * 1000);
    onCleanup(() => clearInterval(timer));
  });

  // Opened with ?present=1: the controls show for a moment, then hide.
  if (openedPresenting) onInput();

  return {
    active,
    /** The presentation's URL keys (written by state/url-sync.ts, the one writer). */
    url: (): UrlValues =>
      active()
        ? { present: true, dia: current() + 1, autoplay: autoplaySeconds() || undefined }
        : {},
    current,
    /** Which part of a slide in parts is shown (0 for a slide in one part). */
    part,
    /** A slide in parts says how many it has while it is shown (1 again when it goes). */
    setParts(count: number) {
      const parts = Math.max(1, count);
      setPartCount(parts);
      setPart((p) => Math.min(p, parts - 1));
    },
    slide,
    slides,
    count: slides.length,
    blank,
    showQr,
    cursorIdle,
    autoplaySeconds,
    paused,
    enter,
    exit,
    go,
    next: () => go(current() + 1),
    previous: () => go(current() - 1),
    toggleQr: () => setShowQr((q) => !q),
    requestFullscreen,
    startAutoplay(seconds: number) {
      batch(() => {
        setAutoplaySeconds(seconds);
        setPaused(false);
      });
    },
    pause: () => setPaused(true),
    resume: () => setPaused(false),
    press,
    /** Input on the audience screen (or from the presenter): shows the controls for a while. */
    wake: onInput,
    /** What the slide's panels cover of the screen, for the map's padding. */
    cover(): CoveredEdges {
      if (measureCover) return measureCover();
      const fontSize = parseFloat(getComputedStyle(document.body).fontSize) || 28;
      return { top: 0, right: 0, bottom: 0, left: Math.round(fontSize * 20) };
    },
    setCoverMeasure(measure: (() => CoveredEdges) | undefined) {
      measureCover = measure;
    },
    /**
     * Frames the current slide again: its panels changed, or the window did. A correction jumps
     * (`instantly`) rather than starting a second flight.
     */
    reframe(instantly = false) {
      instant = instantly;
      showSlide(slide());
      instant = false;
    },
    /** Shows a slide with the camera jumping there (for the handout). */
    showInstantly(i: number) {
      instant = true;
      go(i);
      instant = false;
    },
  };
}

export type Presentation = ReturnType<typeof createPresentation>;
