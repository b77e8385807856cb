import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { rulesWithoutWaits } from './test-rules.js';

/**
 * Server-side commands of the browser suites that stand in for the network and the emulators: a
 * Firestore emulator a test may stop and restart, servers that stall and then forward, and a
 * connection a test cuts and restores. Registered in web-test-runner.config.js.
 */

/**
 * A Firestore emulator of one test file's own, which that file stops and starts again on the same
 * port (test/e2e/reconnect.test.ts) without disturbing the shared emulator the other files use. The
 * `spare-firestore` command, with `{ action: 'start' | 'stop' | 'restart' }`, answers with its
 * `host:port`. It starts on first use, empty each time, with the rules of the shared emulator's test
 * project (from a file, so that they are in force before the first client can reconnect), and stops
 * with the test run.
 */
export function spareFirestore({ projectId }) {
  let emulator = null;
  let port;
  let rulesFile = null;
  const start = async () => {
    if (emulator) return emulator.address;
    // scripts/ is TypeScript; tsx compiles it for this plain-Node process.
    const { tsImport } = await import('tsx/esm/api');
    const { startFirestoreEmulator } = await tsImport('../../../scripts/emulators.ts', import.meta.url);
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
export function stalledServers() {
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
export function droppableNetwork({ upstream }) {
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
        const [host, port] = (upstream ?? '').split(':');
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
