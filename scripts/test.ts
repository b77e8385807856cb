/**
 * `npm test`: everything that tells whether the project works, in one command.
 *   1. type-check (both tsconfigs) and lint;
 *   2. build the script tag (dist/cdn/) and hold it to its size budgets (size-limit, .size-limit.json);
 *   3. start the Firestore and Auth emulators on free ports;
 *   4. the browser suites in Chromium (@web/test-runner), against the emulators, the built script
 *      tag included (test/e2e/script-tag.test.ts);
 *   5. the security-rules suite (@firebase/rules-unit-testing), against the Firestore emulator, and
 *      the emulator's coverage of the rules (scripts/rules-coverage.ts: saved under .cache/rules-coverage/);
 *   5b. the command-line suite (test/cli, node:test): `leave-a-reply` run as a site owner runs it,
 *      against the Firestore and Auth emulators;
 *   6. stop the emulators; the package suite (test/package, node:test): the generated docs match the
 *      manifest, and `npm pack` installs into a fresh Vite + TypeScript app that builds and renders;
 *   7. print the totals, ending with `tests: N passed, N failed`.
 * Without a Firestore emulator it says so loudly and still runs every suite that does not need one.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_PROJECT_ID, emulatorEnvironment, ROOT, startEmulators, type Emulators } from './emulators.js';
import { reportRulesCoverage } from './rules-coverage.js';
import { ensureChromium } from './system.js';

interface Failure {
  file: string;
  test: string;
  error: string;
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  failures?: Failure[];
}

interface SuiteResult {
  name: string;
  counts: Counts | null;
  note: string;
}

const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const countsFile = (suite: string) => join(ROOT, '.cache', `${suite}-counts.json`);
const say = (line = '') => console.log(line);
const heading = (title: string) => say(`\n── ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}`);

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    child.once('error', () => done(127));
    child.once('exit', (code) => done(code ?? 1));
  });
}

/** The counts a suite's reporter wrote; null if it wrote none (the runner itself failed). */
function readCounts(file: string): Counts | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Counts;
  } catch {
    return null;
  }
}

/** One folder of node:test files (`test/<name>/*.test.ts`), its counts added to the summary. */
async function nodeSuite(name: string, note: string, env: Record<string, string>) {
  rmSync(countsFile(name), { force: true });
  await run(
    process.execPath,
    [
      '--import', 'tsx',
      '--test',
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=./test/support/node/count-reporter.js', `--test-reporter-destination=${countsFile(name)}`,
      // Node 20 does not find .ts files in a folder by itself, so they are listed.
      ...readdirSync(join(ROOT, 'test', name))
        .filter((file) => file.endsWith('.test.ts'))
        .map((file) => join('test', name, file)),
    ],
    env,
  );
  suites.push({ name, counts: readCounts(countsFile(name)), note });
}

const checks: Array<{ name: string; ok: boolean }> = [];
const suites: SuiteResult[] = [];

heading('Type-check (tsc)');
checks.push({ name: 'type-check, browser side', ok: (await run(bin('tsc'), ['-p', 'tsconfig.json'])) === 0 });
checks.push({ name: 'type-check, Node side', ok: (await run(bin('tsc'), ['-p', 'tsconfig.node.json'])) === 0 });
checks.push({ name: 'type-check, command line', ok: (await run(bin('tsc'), ['-p', 'tsconfig.cli.json'])) === 0 });

heading('Lint (eslint)');
checks.push({ name: 'lint', ok: (await run(bin('eslint'), ['.'])) === 0 });

heading('Script-tag build (vite build) and size budgets (size-limit)');
const built = (await run(bin('vite'), ['build', '--logLevel', 'warn'])) === 0;
checks.push({ name: 'script-tag build', ok: built });
checks.push({ name: 'size budgets (.size-limit.json)', ok: built && (await run(bin('size-limit'), [])) === 0 });

heading('Emulators');
let chromium: string | null = null;
try {
  chromium = ensureChromium(say);
  say(`Chromium: ${chromium}`);
} catch (error) {
  say(`!! ${(error as Error).message}`);
}
say('Starting the Firestore and Auth emulators…');
const emulators: Emulators = await startEmulators({ projectId: DEV_PROJECT_ID, rules: join(ROOT, 'firestore.rules') });
say(`Auth emulator:      ${emulators.auth.host}:${emulators.auth.port} (firebase-tools)`);
if (emulators.firestore) {
  say(`Firestore emulator: ${emulators.firestore.host}:${emulators.firestore.port}`);
} else {
  say('');
  say('!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!');
  say(`!! FIRESTORE EMULATOR MISSING: ${emulators.firestoreMissing}`);
  say('!! Skipped: the rules suite, and the browser suites test/e2e/* and test/data/firestore-*.');
  say('!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!');
}
const env = emulatorEnvironment(emulators);

try {
  heading('Browser suites (Chromium, @web/test-runner)');
  if (chromium) {
    rmSync(countsFile('browser'), { force: true });
    await run(bin('wtr'), ['--config', 'web-test-runner.config.js'], {
      ...env,
      CHROME_PATH: chromium,
      LAR_COUNTS_FILE: countsFile('browser'),
    });
    suites.push({
      name: 'browser',
      counts: readCounts(countsFile('browser')),
      note: emulators.firestore ? 'components, security, data and end-to-end' : 'without the Firestore suites',
    });
  } else {
    suites.push({ name: 'browser', counts: null, note: 'not run: no Chromium' });
  }

  heading('Security rules suite (@firebase/rules-unit-testing, node:test)');
  if (emulators.firestore) {
    await nodeSuite('rules', 'against the Firestore emulator', env);
    // The emulator's coverage of what that suite made the rules evaluate, saved under .cache/rules-coverage/.
    checks.push({ name: 'rules coverage (every allow and function)', ok: await reportRulesCoverage(emulators.firestore, emulators.projectId, say) });
  } else {
    say('Skipped: no Firestore emulator (see above).');
  }

  heading('Command-line suite (leave-a-reply against the emulators, node:test)');
  if (emulators.firestore) {
    await nodeSuite('cli', 'against the Firestore and Auth emulators', env);
  } else {
    say('Skipped: no Firestore emulator (see above).');
  }
} finally {
  await emulators.stop();
}

heading('Package suite (npm pack, a fresh Vite app, Chromium; node:test)');
if (chromium) await nodeSuite('package', 'npm pack into a fresh Vite + TypeScript app, rendered in Chromium', { CHROME_PATH: chromium });
else suites.push({ name: 'package', counts: null, note: 'not run: no Chromium' });

heading('Summary');
for (const check of checks) say(`${check.ok ? 'ok  ' : 'FAIL'}  ${check.name}`);
const total = { passed: 0, failed: 0 };
for (const suite of suites) {
  const { counts } = suite;
  if (!counts) {
    total.failed++;
    say(`FAIL  ${suite.name} suite: ${suite.note}; no results`);
    continue;
  }
  total.passed += counts.passed;
  total.failed += counts.failed;
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
  say(`${counts.failed ? 'FAIL' : 'ok  '}  ${suite.name} suite (${suite.note}): ${counts.passed} passed, ${counts.failed} failed${skipped}`);
}
if (!emulators.firestore) say(`!!    Firestore emulator missing: rules and Firestore browser suites did not run.`);
printFailures(suites.flatMap((suite) => suite.counts?.failures ?? []));
say(`tests: ${total.passed} passed, ${total.failed} failed`);

/**
 * What failed, last and short, so that a log cut to its tail still names it: one line per file, then
 * the first few tests with their errors' first lines.
 */
function printFailures(failures: Failure[]) {
  if (failures.length === 0) return;
  const byFile = new Map<string, Failure[]>();
  for (const failure of failures) byFile.set(failure.file, [...(byFile.get(failure.file) ?? []), failure]);
  say('');
  say(`Failed in ${byFile.size} file${byFile.size === 1 ? '' : 's'}:`);
  for (const [file, inFile] of byFile) say(`  ${file}: ${inFile.length} (${inFile[0].test}: ${inFile[0].error})`);
}

const ok = checks.every((check) => check.ok) && total.failed === 0 && suites.length > 0;
process.exit(ok ? 0 : 1);
