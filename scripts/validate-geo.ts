import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import type { Plugin } from 'vite';
import { GEO_FILES } from '../src/data/geo-files.ts';

/**
 * Checks every geo/ file against the app's schemas when the app is built (and when the dev server
 * starts), so a broken data file fails the build with the file and the problem, and the browser
 * does not have to carry valibot and the schemas on its first load.
 */
export function validateGeoData(root = process.cwd()): Plugin {
  return {
    name: 'samen-buurten:validate-geo-data',
    async buildStart() {
      const { GEO_SCHEMAS } = await import('../src/data/schemas.ts');
      for (const name of GEO_FILES) {
        const data: unknown = JSON.parse(readFileSync(resolve(root, 'geo', name), 'utf8'));
        const result = v.safeParse(GEO_SCHEMAS[name], data);
        if (!result.success) {
          const issue = result.issues[0];
          this.error(`geo/${name}: ${v.getDotPath(issue) ?? ''} ${issue.message}`.trim());
        }
      }
    },
  };
}
