// Browser suites: real Chromium (Debian's, never a downloaded one), TypeScript compiled by esbuild.
// Started by scripts/test.ts, which passes the emulators' addresses and where to write the counts.
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { appCheckNetwork, dialogs } from './test/support/node/browser-commands.js';
import { authClaims } from './test/support/node/auth-commands.js';
import { droppableNetwork, spareFirestore, stalledServers } from './test/support/node/emulator-commands.js';
import { importComments } from './test/support/node/import-commands.js';
import { prebundle } from './test/support/node/prebundle.js';
import { screenshots } from './test/support/node/screenshot-commands.js';
import { loadRules, rulesWithoutWaits, shippedRules } from './test/support/node/test-rules.js';

const env = process.env;
const firestore = env.LAR_FIRESTORE_EMULATOR ?? null;

/** Accepts connections and never answers: a connection that stalls, for the tests of timeouts. */
const stalled = createServer((socket) => socket.on('error', () => {}).unref());
await new Promise((done) => stalled.listen(0, '127.0.0.1', done));
stalled.unref();

const projectId = env.LAR_PROJECT_ID ?? 'demo-leave-a-reply';
/** A project with the spam limits exactly as shipped, for the tests of the limits (test/support/node/test-rules.js). */
const strictProjectId = `${projectId}-strict`;
if (firestore) {
  await loadRules(firestore, projectId, rulesWithoutWaits());
  await loadRules(firestore, strictProjectId, shippedRules());
}

/** What the tests need to know about the emulators, as `window.larTest`. */
const testEnvironment = {
  projectId,
  strictProjectId,
  firestoreEmulator: firestore,
  authEmulator: env.LAR_AUTH_EMULATOR ?? null,
  stalledServer: `127.0.0.1:${stalled.address().port}`,
};

/**
 * Writes pass/fail counts for scripts/test.ts, which prints the totals of every suite, and what failed
 * (file, test and the first line of its error), which it prints last, where a short log still shows it.
 */
function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
      const firstLine = (error) => String(error?.message ?? error ?? '').split('\n')[0].slice(0, 160);
      for (const session of sessions) {
        const where = session.testFile.replace(`${process.cwd()}/`, '');
        const visit = (suite, path) => {
          for (const test of suite.tests) {
            counts[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
            if (!test.skipped && !test.passed) {
              counts.failures.push({ file: where, test: [...path, test.name].join(' › '), error: firstLine(test.error) });
            }
          }
          for (const child of suite.suites) visit(child, [...path, child.name]);
        };
        if (session.testResults) visit(session.testResults, []);
        // A file that failed to load or run has no results: count it as a failure, not as nothing.
        if (session.errors.length > 0 && !session.testResults?.tests.length && !session.testResults?.suites.length) {
          counts.failed++;
          counts.failures.push({ file: where, test: '(the file did not run)', error: firstLine(session.errors[0]) });
        }
      }
      if (file) writeFileSync(file, JSON.stringify(counts));
    },
  };
}

export default {
  rootDir: '.',
  nodeResolve: true,
  files: [
    'test/**/*.test.ts',
    '!test/rules/**',
    // Node suites: the command line's and the package's (scripts/test.ts runs them with node:test).
    '!test/cli/**',
    '!test/package/**',
    // Suites that cross Firestore need its emulator; scripts/test.ts says so when it is missing.
    ...(firestore ? [] : ['!test/e2e/**', '!test/data/firestore-*.test.ts']),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testsFinishTimeout: 10 * 60 * 1000,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }),
    prebundle(['shadow-dom-testing-library']),
    dialogs(),
    spareFirestore({ projectId }),
    stalledServers(),
    appCheckNetwork(),
    droppableNetwork({ upstream: firestore }),
    importComments({ projectId, firestore, auth: env.LAR_AUTH_EMULATOR ?? null }),
    authClaims({ authEmulator: env.LAR_AUTH_EMULATOR ?? null, projectId }),
    // The visual checks' references: rewritten only with UPDATE_SCREENSHOTS=1 (test/visual/).
    screenshots({ directory: 'test/visual/__screenshots__', update: env.UPDATE_SCREENSHOTS === '1' }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><script>window.larTest = ${JSON.stringify(testEnvironment)};</script></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter(env.LAR_COUNTS_FILE)],
};
