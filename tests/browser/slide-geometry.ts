import type { Page } from 'playwright-core';
import { waitForIdle } from './harness';

/** What of the map a slide is about, worked out by the test from the data files. */
export interface ExpectedSubject {
  /** Municipality labels that must be shown and clear of panels (all six: undefined). */
  gemeenten?: string[];
  /** Wijk labels allowed on screen; undefined: the slide has no business with wijken. */
  wijken: string[];
  /** Pins that must be on screen and clear of the panels. */
  pins: string[];
}

export interface SlideGeometry {
  /** Text boxes whose content is wider or taller than the box, or that stick out of the panel. */
  overflowing: string[];
  /** Pairs of text boxes that overlap each other. */
  colliding: string[];
  /** Panels (slide, QR, live wall, callout) that overlap each other. */
  panelsColliding: string[];
  /** Subject pins and labels behind a panel or off screen. */
  hidden: string[];
  /** Labels on screen that the slide is not about. */
  extraLabels: string[];
  /** Smallest font size of body text and of notes, in CSS px. */
  smallestBody: number;
  smallestNote: number;
  /** Width of a pin, in CSS px. */
  pinWidth: number | undefined;
}

/** Measures the audience screen as it is drawn now. */
export function measureSlide(page: Page, subject: ExpectedSubject): Promise<SlideGeometry> {
  return page.evaluate((subject) => {
    type Box = { left: number; right: number; top: number; bottom: number };
    const rect = (e: Element): Box => e.getBoundingClientRect();
    const intersects = (a: Box, b: Box, slack = 0.5) =>
      a.left < b.right - slack &&
      a.right > b.left + slack &&
      a.top < b.bottom - slack &&
      a.bottom > b.top + slack;
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} “${(e.textContent ?? '').trim().slice(0, 40)}”`;
    const visible = (e: Element) => {
      const r = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden';
    };

    const slide = document.querySelector('.slide')!;
    const panelBox = rect(slide);
    const texts = [
      ...slide.querySelectorAll(
        'h2, p, li:not(.chart__row), .chart__label, .chart__number, .slide__theme',
      ),
    ].filter(visible);
    const overflowing: string[] = [];
    if (slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1)
      overflowing.push(
        `panel ${slide.scrollWidth}×${slide.scrollHeight} in ${slide.clientWidth}×${slide.clientHeight}`,
      );
    for (const e of texts) {
      const r = rect(e);
      if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).display !== 'inline')
        overflowing.push(`${name(e)} is ${e.scrollWidth} wide in ${e.clientWidth}`);
      if (
        r.left < panelBox.left - 0.5 ||
        r.right > panelBox.right + 0.5 ||
        r.bottom > panelBox.bottom + 0.5
      )
        overflowing.push(`${name(e)} sticks out of the panel`);
    }
    // Text boxes that do not contain one another must not overlap (lines of one box may).
    const colliding: string[] = [];
    const leaves = texts.filter((e) => !texts.some((o) => o !== e && e.contains(o)));
    leaves.forEach((a, i) =>
      leaves.slice(i + 1).forEach((b) => {
        if (!a.contains(b) && !b.contains(a) && intersects(rect(a), rect(b)))
          colliding.push(`${name(a)} × ${name(b)}`);
      }),
    );

    const panels = [
      slide,
      ...document.querySelectorAll('.present__qr, .present__callout, .present__live-count'),
    ].filter(visible);
    const panelsColliding: string[] = [];
    panels.forEach((a, i) =>
      panels.slice(i + 1).forEach((b) => {
        if (intersects(rect(a), rect(b))) panelsColliding.push(`${name(a)} × ${name(b)}`);
      }),
    );

    const hidden: string[] = [];
    const viewport = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
    const clearOfPanels = (what: string, e: Element | null) => {
      if (!e || !visible(e)) return hidden.push(`${what} is not shown`);
      const r = rect(e);
      if (
        r.left < viewport.left ||
        r.right > viewport.right ||
        r.top < viewport.top ||
        r.bottom > viewport.bottom
      )
        return hidden.push(`${what} is off screen`);
      const behind = panels.find((p) => intersects(r, rect(p)));
      if (behind) hidden.push(`${what} is behind ${name(behind)}`);
    };
    const gemeenteLabels = [...document.querySelectorAll<HTMLElement>('.map-label--gemeente')];
    const wantedGemeenten = subject.gemeenten ?? gemeenteLabels.map((e) => e.dataset.code ?? '');
    for (const code of wantedGemeenten)
      clearOfPanels(
        `label ${code}`,
        document.querySelector(`.map-label--gemeente[data-code="${code}"]`),
      );
    // A pin grouped with others at this zoom is shown by its group.
    for (const id of subject.pins) {
      const pin = document.querySelector(`.pin[data-id="${id}"]`);
      const group = document.querySelector(`.cluster[data-ids~="${id}"]`);
      clearOfPanels(`pin ${id}`, pin && visible(pin) ? pin : group);
    }

    const extraLabels = [
      ...gemeenteLabels.filter(
        (e) => visible(e) && !wantedGemeenten.includes(e.dataset.code ?? ''),
      ),
      ...[...document.querySelectorAll<HTMLElement>('.map-label--wijk')].filter(
        (e) => visible(e) && !subject.wijken.includes(e.dataset.code ?? ''),
      ),
      ...[...document.querySelectorAll<HTMLElement>('.map-label--provincie')].filter(visible),
    ].map((e) => `${e.dataset.kind} ${e.textContent}`);

    const sizes = (selector: string) =>
      [...slide.querySelectorAll(selector)]
        .filter(visible)
        .map((e) => parseFloat(getComputedStyle(e).fontSize));
    const pin = [...document.querySelectorAll('.pin')].find(visible);
    return {
      overflowing,
      colliding,
      panelsColliding,
      hidden,
      extraLabels,
      smallestBody: Math.min(...sizes('p:not(.slide__note):not(.slide__source), li')),
      smallestNote: Math.min(...sizes('p, li, .chart__label, .chart__number')),
      pinWidth: pin?.getBoundingClientRect().width,
    };
  }, subject);
}

/**
 * Waits until the presentation fills the screen and the map has been framed for it: the map's
 * canvas is as large as the window, the frame after that has been drawn, and the map is idle.
 */
export async function waitForPresentation(page: Page) {
  await page.locator('#slide-heading').waitFor();
  await page.waitForFunction(() => {
    const canvas = document.querySelector('.maplibregl-canvas');
    return canvas?.clientHeight === innerHeight && canvas.clientWidth === innerWidth;
  });
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await waitForIdle(page);
}
