#!/usr/bin/env node
// `npm test`: everything a newcomer or CI needs, in order. Installs Debian's Chromium, PostgreSQL
// and GDAL (gdal-bin: ogrinfo/ogr2ogr, for the data exchange tests) when they are missing
// (browser tests never download a browser; the server tests start a private PostgreSQL of their
// own), then typecheck, lint, production build, and all vitest
// projects (unit + server + browser). Ends with one line "N passed, N failed" for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasPostgres = () =>
  Boolean(process.env.TEST_DATABASE_URL) ||
  (existsSync('/usr/lib/postgresql') &&
    readdirSync('/usr/lib/postgresql').some((v) =>
      existsSync(`/usr/lib/postgresql/${v}/bin/initdb`),
    ));

const hasGdal = () => spawnSync('ogr2ogr', ['--version']).status === 0;

function run(command, args, options = {}) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status === 0;
}

/** Installs missing Debian packages (as root, or through sudo) with one apt-get update. */
function ensureDebianPackages() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium', 'fonts-dejavu-core');
  if (!hasPostgres()) missing.push('postgresql');
  if (!hasGdal()) missing.push('gdal-bin');
  if (missing.length === 0) return true;
  const isRoot = process.getuid?.() === 0;
  console.log(`Installing Debian packages the tests need: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...args) =>
    isRoot ? run('apt-get', args, { env }) : run('sudo', ['apt-get', ...args], { env });
  return (
    apt('update') &&
    apt('install', '-y', '--no-install-recommends', ...missing) &&
    existsSync(CHROMIUM) &&
    hasPostgres() &&
    hasGdal()
  );
}

const steps = [
  ['typecheck', () => run('npm', ['run', '--silent', 'typecheck'])],
  ['lint', () => run('npm', ['run', '--silent', 'lint'])],
  ['debian packages', ensureDebianPackages],
  ['build', () => run('npx', ['vite', 'build', '--logLevel', 'warn'])],
];

const failedSteps = [];
for (const [name, step] of steps) {
  if (!step()) failedSteps.push(name);
}

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
const projects =
  failedSteps.includes('build') || !existsSync(CHROMIUM)
    ? ['--project', 'unit', '--project', 'server']
    : [];
if (projects.length)
  console.log('\nBrowser tests skipped: the build or Chromium is missing (counted as a failure).');
run('npx', [
  'vitest',
  'run',
  ...projects,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);

let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed =
    json.numFailedTests +
    (json.numTotalTestSuites > 0 && json.success === false && json.numFailedTests === 0 ? 1 : 0);
} catch {
  failed += 1;
  console.log(`No vitest report at ${report}.`);
}
failed += failedSteps.length;
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
