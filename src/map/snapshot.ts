import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * A picture of the map as it is drawn now, with the DOM markers (pins, groups, names) painted onto
 * it, for the printed handout: the canvas alone has no pins. JPEG keeps a 30-page PDF small.
 */
export async function snapshotMap(map: MapLibreMap, container: HTMLElement): Promise<string> {
  if (!map.loaded() || map.isMoving()) await new Promise((done) => map.once('idle', done));
  const source = map.getCanvas();
  const scale = source.width / source.clientWidth || 1;
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = source.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  // The WebGL drawing buffer is only readable right after a frame is drawn.
  await new Promise<void>((done) => {
    map.once('render', () => {
      context.drawImage(source, 0, 0);
      done();
    });
    map.triggerRepaint();
  });
  const origin = container.getBoundingClientRect();
  context.scale(scale, scale);
  const shown = (e: HTMLElement) =>
    !e.hidden && getComputedStyle(e).visibility !== 'hidden' && e.getBoundingClientRect().width > 0;
  for (const element of container.querySelectorAll<HTMLElement>('.map-label')) {
    if (!shown(element)) continue;
    const r = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    const x = r.left + r.width / 2 - origin.left;
    const y = r.top + r.height / 2 - origin.top;
    const text =
      style.textTransform === 'uppercase'
        ? (element.textContent ?? '').toUpperCase()
        : (element.textContent ?? '');
    context.lineWidth = 4;
    context.strokeStyle = '#fff';
    context.strokeText(text, x, y);
    context.fillStyle = style.color;
    context.fillText(text, x, y);
  }
  for (const element of container.querySelectorAll<HTMLElement>('.pin, .cluster')) {
    if (!shown(element)) continue;
    const r = element.getBoundingClientRect();
    const x = r.left + r.width / 2 - origin.left;
    if (element.classList.contains('cluster')) {
      const y = r.top + r.height / 2 - origin.top;
      const style = getComputedStyle(element);
      context.beginPath();
      context.arc(x, y, r.height / 2, 0, Math.PI * 2);
      context.fillStyle = style.backgroundColor;
      context.fill();
      context.lineWidth = 3;
      context.strokeStyle = '#fff';
      context.stroke();
      context.fillStyle = style.color;
      context.font = `700 ${style.fontSize} ${style.fontFamily}`;
      context.textAlign = 'center';
      context.textBaseline = 'middle';
      context.fillText(element.textContent ?? '', x, y);
      continue;
    }
    // A teardrop with its tip on the place, in the pin's own colour.
    const shape = element.querySelector('.pin__shape') ?? element;
    const colour = getComputedStyle(shape, '::before').backgroundColor;
    const tip = r.bottom - origin.top;
    const radius = r.width * 0.4;
    const centre = tip - r.height * 0.62;
    context.beginPath();
    context.arc(x, centre, radius, Math.PI * 0.8, Math.PI * 2.2);
    context.lineTo(x, tip);
    context.closePath();
    context.fillStyle = colour;
    context.fill();
    context.lineWidth = 2;
    context.strokeStyle = element.classList.contains('pin--selected') ? '#ffd24d' : '#fff';
    context.stroke();
    context.beginPath();
    context.arc(x, centre, radius * 0.35, 0, Math.PI * 2);
    context.fillStyle = '#fff';
    context.fill();
  }
  return canvas.toDataURL('image/jpeg', 0.85);
}
