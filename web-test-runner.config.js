// Browser suites: real Chromium (Debian's, never a downloaded one), TypeScript compiled by esbuild.
// Started by scripts/test.ts, which passes the emulators' addresses and where to write the counts.
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

/** Writes pass/fail counts for scripts/test.ts, which prints the totals of every suite. */
function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const visit = (suite) => {
        for (const test of suite.tests) counts[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
        suite.suites.forEach(visit);
      };
      for (const session of sessions) {
        if (session.testResults) visit(session.testResults);
        // A file that failed to load or run has no results: count it as a failure, not as nothing.
        if (session.errors.length > 0 && !session.testResults?.tests.length && !session.testResults?.suites.length) {
          counts.failed++;
        }
      }
      if (file) writeFileSync(file, JSON.stringify(counts));
    },
  };
}

/**
 * The reader's answer to the browser's own dialogs, such as "Leave site? Changes you made may not be
 * saved.": after a test sends the `accept-dialogs` command, every dialog on its page is accepted, and
 * the command answers with the types of the dialogs seen so far ("beforeunload", …).
 */
function dialogs() {
  // Per browser page, which the launcher reuses from one test file to the next: one listener each
  // (two would both answer the same dialog), and the types seen since the current file began.
  const pages = new WeakMap();
  return {
    name: 'dialogs',
    executeCommand({ command, session }) {
      if (command !== 'accept-dialogs') return undefined;
      const page = session.browser.getPage(session.id);
      let state = pages.get(page);
      if (!state) {
        state = { session: session.id, types: [] };
        pages.set(page, state);
        page.on('dialog', (dialog) => {
          state.types.push(dialog.type());
          dialog.accept().catch(() => {});
        });
      }
      if (state.session !== session.id) Object.assign(state, { session: session.id, types: [] });
      return [...state.types];
    },
  };
}

/**
 * Google's side of App Check, with no internet: after `app-check-network` with `{ action: 'start' }`,
 * the page's reCAPTCHA Enterprise script is a stub whose token is always accepted, and App Check's
 * token exchange answers `fake-app-check-token` (with `recaptcha: 'blocked'`, the script fails to
 * load, as an extension would make it). Only those two hosts are intercepted; every other request
 * goes its way untouched. Each request is recorded (URL, method, headers, body), and so is what the
 * page's frames say in the console; `{ action: 'requests' }` and `{ action: 'console' }` answer with
 * them, `{ action: 'stop' }` turns all this off.
 */
function appCheckNetwork() {
  const RECAPTCHA = 'https://www.google.com/recaptcha/enterprise.js';
  const EXCHANGE = 'https://content-firebaseappcheck.googleapis.com/';
  const RECAPTCHA_STUB = `window.grecaptcha = { enterprise: (() => {
    const widgets = [];
    return {
      ready: (callback) => setTimeout(callback),
      render: (container, parameters) => widgets.push(parameters) - 1,
      execute: async (id) => (widgets[id]?.callback?.('fake-recaptcha-token'), 'fake-recaptcha-token'),
    };
  })() };`;
  const CORS = [
    { name: 'Access-Control-Allow-Origin', value: '*' },
    { name: 'Access-Control-Allow-Headers', value: '*' },
    { name: 'Access-Control-Allow-Methods', value: 'POST, OPTIONS' },
  ];
  const fulfil = (requestId, responseCode, headers, body = '') => ({
    requestId,
    responseCode,
    responseHeaders: [...CORS, ...headers],
    body: Buffer.from(body).toString('base64'),
  });
  /** The DevTools command that answers a paused request. */
  const answer = ({ requestId, request }, recaptcha) => {
    if (request.url.startsWith(RECAPTCHA)) {
      if (recaptcha === 'blocked') return ['Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }];
      return ['Fetch.fulfillRequest', fulfil(requestId, 200, [{ name: 'Content-Type', value: 'text/javascript' }], RECAPTCHA_STUB)];
    }
    if (request.url.includes(':exchangeRecaptchaEnterpriseToken')) {
      if (request.method === 'OPTIONS') return ['Fetch.fulfillRequest', fulfil(requestId, 204, [])];
      const body = JSON.stringify({ token: 'fake-app-check-token', ttl: '3600s' });
      return ['Fetch.fulfillRequest', fulfil(requestId, 200, [{ name: 'Content-Type', value: 'application/json' }], body)];
    }
    return ['Fetch.continueRequest', { requestId }];
  };
  const pages = new WeakMap();
  const stop = async (page) => {
    const state = pages.get(page);
    if (!state) return;
    pages.delete(page);
    page.off('request', state.record).off('console', state.log);
    await state.devtools.detach().catch(() => {});
  };
  return {
    name: 'app-check-network',
    async executeCommand({ command, payload, session }) {
      if (command !== 'app-check-network') return undefined;
      const page = session.browser.getPage(session.id);
      if (payload?.action === 'start') {
        await stop(page);
        const state = { requests: [], console: [], devtools: await page.createCDPSession() };
        state.record = (request) =>
          state.requests.push({ url: request.url(), method: request.method(), headers: request.headers(), body: request.postData() ?? '' });
        state.log = (message) => state.console.push({ type: message.type(), text: message.text() });
        state.devtools.on('Fetch.requestPaused', (event) => {
          state.devtools.send(...answer(event, payload.recaptcha ?? 'fake')).catch(() => {});
        });
        pages.set(page, state);
        page.on('request', state.record).on('console', state.log);
        await state.devtools.send('Fetch.enable', { patterns: [{ urlPattern: `${RECAPTCHA}*` }, { urlPattern: `${EXCHANGE}*` }] });
        return true;
      }
      if (payload?.action === 'requests') return pages.get(page)?.requests ?? [];
      if (payload?.action === 'console') return pages.get(page)?.console ?? [];
      if (payload?.action === 'stop') {
        await stop(page);
        return true;
      }
      throw new Error(`app-check-network: unknown action ${JSON.stringify(payload)}`);
    },
  };
}

/**
 * A Firestore emulator of one test file's own, which that file stops and starts again on the same
 * port (test/e2e/reconnect.test.ts) without disturbing the shared emulator the other files use. The
 * `spare-firestore` command, with `{ action: 'start' | 'stop' | 'restart' }`, answers with its
 * `host:port`. It starts on first use, empty each time, with the rules of the shared emulator's test
 * project (from a file, so that they are in force before the first client can reconnect), and stops
 * with the test run.
 */
function spareFirestore() {
  let emulator = null;
  let port;
  let rulesFile = null;
  const start = async () => {
    if (emulator) return emulator.address;
    // scripts/ is TypeScript; tsx compiles it for this plain-Node process.
    const { tsImport } = await import('tsx/esm/api');
    const { startFirestoreEmulator } = await tsImport('./scripts/emulators.ts', import.meta.url);
    if (!rulesFile) {
      rulesFile = join(mkdtempSync(join(tmpdir(), 'lar-spare-firestore-')), 'firestore.rules');
      writeFileSync(rulesFile, rulesWithoutWaits());
    }
    emulator = await startFirestoreEmulator({ projectId, rules: rulesFile, port });
    port = emulator.address.port;
    return emulator.address;
  };
  const stop = async () => {
    await emulator?.stop();
    emulator = null;
  };
  return {
    name: 'spare-firestore',
    async executeCommand({ command, payload }) {
      if (command !== 'spare-firestore') return undefined;
      const action = payload?.action;
      if (!['start', 'stop', 'restart'].includes(action)) throw new Error(`spare-firestore: unknown action ${JSON.stringify(payload)}`);
      if (action !== 'start') await stop();
      // A command that answers nothing counts as not handled: `stop` answers true.
      if (action === 'stop') return true;
      const address = await start();
      return `${address.host}:${address.port}`;
    },
    async serverStop() {
      await stop();
      if (rulesFile) rmSync(dirname(rulesFile), { recursive: true, force: true });
    },
  };
}

/**
 * Stalled servers a test can bring back: each accepts connections and never answers, until the test
 * says `forward`; from then on every new connection is piped to the given `host:port` (an emulator),
 * as a connection that came back. The `stalled-server` command: `{ action: 'open' }` answers with the
 * new server's `host:port`; `{ action: 'forward', server, to }`; `{ action: 'close', server }`.
 */
function stalledServers() {
  const servers = new Map();
  const close = (state) =>
    new Promise((done) => {
      for (const socket of state.sockets) socket.destroy();
      state.server.close(() => done());
    });
  return {
    name: 'stalled-server',
    async executeCommand({ command, payload }) {
      if (command !== 'stalled-server') return undefined;
      if (payload?.action === 'open') {
        const state = { to: null, sockets: new Set() };
        const server = createServer((socket) => {
          state.sockets.add(socket);
          socket.on('error', () => {}).on('close', () => state.sockets.delete(socket));
          if (!state.to) return;
          const [host, port] = state.to.split(':');
          const upstream = createConnection({ host, port: Number(port) });
          upstream.on('error', () => socket.destroy()).on('close', () => socket.destroy());
          socket.on('close', () => upstream.destroy());
          socket.pipe(upstream).pipe(socket);
        });
        state.server = server;
        await new Promise((done) => server.listen(0, '127.0.0.1', done));
        const address = `127.0.0.1:${server.address().port}`;
        servers.set(address, state);
        return address;
      }
      const state = servers.get(payload?.server);
      if (!state) throw new Error(`stalled-server: no server ${JSON.stringify(payload?.server)}`);
      if (payload.action === 'forward') state.to = payload.to;
      else if (payload.action === 'close') {
        servers.delete(payload.server);
        await close(state);
      } else throw new Error(`stalled-server: unknown action ${JSON.stringify(payload)}`);
      return true;
    },
    async serverStop() {
      await Promise.all([...servers.values()].map(close));
      servers.clear();
    },
  };
}

/**
 * A connection a test can cut and restore, as a reader's network drops and comes back: a proxy to
 * the shared Firestore emulator, which keeps its data throughout. The `network` command:
 * `{ action: 'open' }` answers with the proxy's `host:port`; `{ action: 'down', proxy }` drops every
 * connection and refuses new ones; `{ action: 'up', proxy }` accepts them again on the same port.
 */
function droppableNetwork() {
  const proxies = new Map();
  const down = (state) =>
    new Promise((done) => {
      for (const socket of state.sockets) socket.destroy();
      if (!state.server.listening) return done();
      state.server.close(() => done());
    });
  const up = (state) =>
    new Promise((done, fail) => {
      if (state.server?.listening) return done();
      const server = createServer((socket) => {
        state.sockets.add(socket);
        const upstream = createConnection({ host: state.upstream.host, port: state.upstream.port });
        state.sockets.add(upstream);
        for (const end of [socket, upstream]) end.on('error', () => {}).on('close', () => {
          state.sockets.delete(end);
          socket.destroy();
          upstream.destroy();
        });
        socket.pipe(upstream).pipe(socket);
      });
      server.once('error', fail);
      server.listen(state.port, '127.0.0.1', () => {
        state.port = server.address().port;
        done();
      });
      state.server = server;
    });
  return {
    name: 'network',
    async executeCommand({ command, payload }) {
      if (command !== 'network') return undefined;
      if (payload?.action === 'open') {
        const [host, port] = (firestore ?? '').split(':');
        const state = { upstream: { host, port: Number(port) }, port: 0, sockets: new Set(), server: null };
        await up(state);
        const address = `127.0.0.1:${state.port}`;
        proxies.set(address, state);
        return address;
      }
      const state = proxies.get(payload?.proxy);
      if (!state) throw new Error(`network: no proxy ${JSON.stringify(payload?.proxy)}`);
      if (payload.action === 'down') await down(state);
      else if (payload.action === 'up') await up(state);
      else throw new Error(`network: unknown action ${JSON.stringify(payload)}`);
      return true;
    },
    async serverStop() {
      await Promise.all([...proxies.values()].map(down));
    },
  };
}

/**
 * Serves test-only packages that still have CommonJS dependencies (@testing-library/dom's) as one
 * ES module each, bundled by esbuild on first request. The rollup CommonJS plugin cannot do this in
 * the dev server (modernweb-dev/web#1700).
 */
function prebundle(packages) {
  const bundles = new Map();
  const url = (name) => `/__prebundled__/${name.replace('/', '__')}.js`;
  return {
    name: 'prebundle',
    resolveImport({ source }) {
      if (packages.includes(source)) return url(source);
    },
    async serve(context) {
      const name = packages.find((candidate) => context.path === url(candidate));
      if (!name) return undefined;
      if (!bundles.has(name)) {
        const result = await build({
          stdin: { contents: `export * from '${name}';`, resolveDir: process.cwd() },
          bundle: true,
          format: 'esm',
          write: false,
          define: { 'process.env.NODE_ENV': '"test"' },
          logLevel: 'silent',
        });
        bundles.set(name, result.outputFiles[0].text);
      }
      return { body: bundles.get(name), type: 'js' };
    },
  };
}

export default {
  rootDir: '.',
  nodeResolve: true,
  files: [
    'test/**/*.test.ts',
    '!test/rules/**',
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
    spareFirestore(),
    stalledServers(),
    appCheckNetwork(),
    droppableNetwork(),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><script>window.larTest = ${JSON.stringify(testEnvironment)};</script></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter(env.LAR_COUNTS_FILE)],
};
