import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

export function readGeo<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(resolve(repoRoot, 'geo', name), 'utf8')) as T;
}

/** The seed documents, when the shared folder sits beside the clone (not needed for the tests). */
export function readSeed(name: string): string | undefined {
  const path = resolve(repoRoot, '..', 'shared', 'seeds', name);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
