import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startHarness, waitForMap, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('targets big enough to tap', () => {
  // Lighthouse's desktop run (1350×940) found the footer's privacy link 16 px high (WCAG 2.2
  // target size: at least 24 × 24 px, or that much room around it).
  it.each([
    { width: 1350, height: 940 },
    { width: 390, height: 844 },
  ])('every link and button on the map page at $width×$height', async (viewport) => {
    const page = await openPage(harness, { viewport });
    try {
      await page.goto(`${harness.baseUrl}/`);
      await waitForMap(page);
      const result = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
      expect(result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
