import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateGeoData } from '../../../scripts/validate-geo';
import { repoRoot } from '../../support/geo-files';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Runs the plugin's build step the way Vite does and returns the build error, if any. */
async function buildError(dir: string): Promise<string | undefined> {
  const plugin = validateGeoData(dir);
  const hook = plugin.buildStart as (this: { error: (m: string) => never }) => Promise<void>;
  try {
    await hook.call({
      error: (message: string) => {
        throw new Error(message);
      },
    });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the build checks the geo data against the schemas', () => {
  it('accepts the committed geo/ files', async () => {
    expect(await buildError(repoRoot)).toBeUndefined();
  });

  it('stops the build with the file and the problem when an initiative claims a wrong precision', async () => {
    root = mkdtempSync(join(tmpdir(), 'geo-'));
    cpSync(resolve(repoRoot, 'geo'), join(root, 'geo'), { recursive: true });
    const file = join(root, 'geo', 'initiatieven.geojson');
    const data = JSON.parse(readFileSync(file, 'utf8')) as {
      features: { properties: Record<string, unknown> }[];
    };
    data.features[0]!.properties.precision = 'gemeente';
    writeFileSync(file, JSON.stringify(data));
    expect(await buildError(root)).toMatch(/^geo\/initiatieven\.geojson: .*precision/);
  });
});
