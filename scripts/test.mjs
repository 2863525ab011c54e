#!/usr/bin/env node
// `npm test`: everything a newcomer or CI needs, in order. Installs Debian's Chromium when it is
// missing (browser tests never download a browser), then typecheck, lint, production build, and all
// vitest projects (unit + browser). Ends with one line "N passed, N failed" for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command, args, options = {}) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status === 0;
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const isRoot = process.getuid?.() === 0;
  const sudo = isRoot ? [] : ['sudo'];
  console.log(`Chromium not found at ${CHROMIUM}; installing Debian's chromium package.`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...args) => run(sudo[0] ?? 'apt-get', isRoot ? args : ['apt-get', ...args], { env });
  return (
    apt('update') &&
    apt('install', '-y', '--no-install-recommends', 'chromium', 'fonts-dejavu-core') &&
    existsSync(CHROMIUM)
  );
}

const steps = [
  ['typecheck', () => run('npm', ['run', '--silent', 'typecheck'])],
  ['lint', () => run('npm', ['run', '--silent', 'lint'])],
  ['chromium', ensureChromium],
  ['build', () => run('npx', ['vite', 'build', '--logLevel', 'warn'])],
];

const failedSteps = [];
for (const [name, step] of steps) {
  if (!step()) failedSteps.push(name);
}

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
const projects =
  failedSteps.includes('build') || failedSteps.includes('chromium') ? ['--project', 'unit'] : [];
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
