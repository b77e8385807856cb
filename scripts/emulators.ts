/**
 * Starts and stops the Firebase emulators for the demo, the tests and the benchmarks: free ports,
 * readiness waits, logs in .cache/emulators/<pid>/ while they run, and a clean shutdown of every process.
 *
 * - Auth: firebase-tools (a devDependency), pure Node.
 * - Firestore: Google's emulator as the gcloud component when the machine has it (it runs on Java 17);
 *   otherwise firebase-tools' own, which downloads its jar on first use and needs Java 21.
 *   When neither can start, `firestore` is null and `firestoreMissing` says why and how to fix it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHostAndPort, type HostAndPort } from '../src/data/host-and-port.js';
import { onShutdown } from './shutdown.js';
import { aptCommand, ensureJava, findGcloudFirestoreEmulator } from './system.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** A "demo-" project ID: the emulators serve it without any real Firebase project behind it. */
export const DEV_PROJECT_ID = 'demo-leave-a-reply';
// Each run gets its own folder for configs and logs, so a demo and a test run can share a machine.
const CACHE = join(ROOT, '.cache', 'emulators', String(process.pid));
const FIREBASE_CLI = join(ROOT, 'node_modules', '.bin', 'firebase');
const HOST = '127.0.0.1';

export interface Emulators {
  projectId: string;
  auth: HostAndPort;
  /** Null when no Firestore emulator could start on this machine. */
  firestore: HostAndPort | null;
  /** Why Firestore is missing, with the command that fixes it. */
  firestoreMissing: string | null;
  stop(): Promise<void>;
}

/**
 * `preferPorts`: the ports to use when they are free (the demo asks for firebase.json's, so that the
 * command line's `--emulator` finds it with no variables set); taken ones fall back to free ports, as
 * every port does without it (the tests: several runs share a machine).
 */
export async function startEmulators(options: {
  projectId: string;
  rules: string;
  preferPorts?: { firestore: number; auth: number };
}): Promise<Emulators> {
  mkdirSync(CACHE, { recursive: true });
  const started: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(started.map(stopProcess));
    rmSync(CACHE, { recursive: true, force: true });
  };
  // Ctrl-C, a kill, or a crash of the script must not leave emulators behind.
  onShutdown(stop);
  try {
    const [auth, firestore] = await Promise.all([
      startAuth(options.projectId, started, options.preferPorts?.auth),
      startFirestore(options.projectId, options.rules, started, { cache: CACHE, preferredPort: options.preferPorts?.firestore }),
    ]);
    return {
      projectId: options.projectId,
      auth,
      firestore: 'address' in firestore ? firestore.address : null,
      firestoreMissing: 'missing' in firestore ? firestore.missing : null,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function startAuth(projectId: string, started: ChildProcess[], preferredPort?: number): Promise<HostAndPort> {
  return withFreshPorts(async (attempt) => {
    const address = { host: HOST, port: await portFor(attempt, preferredPort) };
    const child = await startFirebaseCli('auth', projectId, { auth: address });
    started.push(child);
    await waitUntilReady('Auth emulator', child, address, join(CACHE, 'auth.log'));
    return address;
  });
}

/**
 * A free port found here can be taken by another program before the emulator binds it (two runs
 * starting at once). When an emulator says its port is taken, try again with new ones.
 */
async function withFreshPorts<T>(start: (attempt: number) => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start(attempt);
    } catch (error) {
      const portTaken = /port taken|already in use|EADDRINUSE|BindException/i.test(String(error));
      if (!portTaken || attempt >= attempts) throw error;
    }
  }
}

/**
 * One Firestore emulator of its own, for a test that stops it and starts it again: on `port` when
 * given (a backend that went away and came back at the same address, empty), else on a free one.
 * Its log is in .cache/emulators/<pid>/firestore-<port>/ while it runs. Throws when none can start.
 */
export async function startFirestoreEmulator(options: { projectId: string; rules: string; port?: number }): Promise<{ address: HostAndPort; stop(): Promise<void> }> {
  const port = options.port ?? (await freePort());
  const cache = join(CACHE, `firestore-${port}`);
  mkdirSync(cache, { recursive: true });
  const started: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(started.map(stopProcess));
    rmSync(cache, { recursive: true, force: true });
  };
  const start = await startFirestore(options.projectId, options.rules, started, { cache, port }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  if ('missing' in start) {
    await stop();
    throw new Error(start.missing);
  }
  return { address: start.address, stop };
}

type FirestoreStart = { address: HostAndPort } | { missing: string };

/**
 * On free ports (tried again when taken), unless `at.port` names the one port to use; the first try
 * on `at.preferredPort` when it is free.
 */
async function startFirestore(
  projectId: string,
  rules: string,
  started: ChildProcess[],
  at: { cache: string; port?: number; preferredPort?: number },
): Promise<FirestoreStart> {
  const log = join(at.cache, 'firestore.log');
  const portToUse = async (attempt: number) => at.port ?? (await portFor(attempt, at.preferredPort));
  const gcloud = findGcloudFirestoreEmulator();
  if (gcloud) {
    if (ensureJava(console.log) === null) {
      return { missing: `Java is not installed: the Firestore emulator runs on it. Install it: ${aptCommand('default-jre-headless')}` };
    }
    return withFreshPorts(async (attempt) => {
      const address = { host: HOST, port: await portToUse(attempt) };
      const child = spawnLogged(
        gcloud,
        ['start', `--host=${address.host}`, `--port=${address.port}`, `--rules=${rules}`, `--project_id=${projectId}`],
        log,
      );
      started.push(child);
      await waitUntilReady('Firestore emulator', child, address, log, 60_000);
      return { address };
    }, at.port === undefined ? 3 : 1);
  }

  // No gcloud component: firebase-tools' emulator, which needs Java 21 and its jar (downloaded once).
  const java = ensureJava(console.log);
  if (java === null || java < 21) {
    return {
      missing:
        `firebase-tools' Firestore emulator needs Java 21 (found ${java ?? 'none'}), and the gcloud component ` +
        `is not installed. Either run \`gcloud components install cloud-firestore-emulator\` ` +
        `(or \`apt-get install google-cloud-cli-firestore-emulator\`), or install Java 21.`,
    };
  }
  const address = { host: HOST, port: await portToUse(1) };
  const child = await startFirebaseCli('firestore', projectId, { firestore: address }, rules, at.cache);
  started.push(child);
  try {
    await waitUntilReady('Firestore emulator', child, address, log, 180_000);
  } catch (error) {
    await stopProcess(child);
    return { missing: `firebase-tools could not start its Firestore emulator: ${(error as Error).message}` };
  }
  return { address };
}

/** Runs `firebase emulators:start` for one emulator, with a throwaway config naming free ports. */
async function startFirebaseCli(
  only: 'auth' | 'firestore',
  projectId: string,
  ports: { auth?: HostAndPort; firestore?: HostAndPort },
  rules?: string,
  cache = CACHE,
): Promise<ChildProcess> {
  const dir = join(cache, `${only}-cli`);
  mkdirSync(dir, { recursive: true });
  const config = {
    ...(rules ? { firestore: { rules } } : {}),
    emulators: {
      ...ports,
      // firebase-tools also opens a hub and a logging port; give those free ports too.
      hub: { host: HOST, port: await freePort() },
      logging: { host: HOST, port: await freePort() },
      ui: { enabled: false },
      singleProjectMode: true,
    },
  };
  return spawnLogged(
    FIREBASE_CLI,
    ['emulators:start', '--only', only, '--project', projectId, '--config', join(dir, 'firebase.json')],
    join(cache, `${only}.log`),
    { cwd: dir, writeFirst: { path: join(dir, 'firebase.json'), content: JSON.stringify(config, null, 2) } },
  );
}

function spawnLogged(
  command: string,
  args: string[],
  logPath: string,
  options: { cwd?: string; writeFirst?: { path: string; content: string } } = {},
): ChildProcess {
  if (options.writeFirst) writeFileSync(options.writeFirst.path, options.writeFirst.content);
  const out = openSync(logPath, 'w');
  // A process group of its own, so stopping it also stops the Java process its wrapper script starts.
  return spawn(command, args, {
    cwd: options.cwd ?? ROOT,
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  });
}

async function waitUntilReady(
  name: string,
  child: ChildProcess,
  address: HostAndPort,
  logPath: string,
  // Generous: a busy or cold machine (a first run, a CI box) can take tens of seconds to start firebase-tools.
  timeoutMs = 90_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: string | null = null;
  child.once('exit', (code, signal) => (exited = `exited with ${signal ?? `code ${code}`}`));
  while (Date.now() < deadline) {
    if (exited) break;
    try {
      const response = await fetch(`http://${address.host}:${address.port}/`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  const tail = readFileSync(logPath, 'utf8').trim().split('\n').slice(-15).join('\n');
  throw new Error(`${name} ${exited ?? `was not ready after ${timeoutMs / 1000} s`}. Its log (${logPath}):\n${tail}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (child.exitCode !== null || child.signalCode !== null || !pid) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/**
 * The preferred port on the first try when nothing listens there; a free port otherwise, and on every
 * later try (the preferred one was taken between the check and the emulator's bind).
 */
async function portFor(attempt: number, preferred: number | undefined): Promise<number> {
  if (attempt === 1 && preferred !== undefined && (await portIsFree(preferred))) return preferred;
  return freePort();
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.unref();
    server.once('error', () => done(false));
    server.listen(port, HOST, () => server.close(() => done(true)));
  });
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.once('error', fail);
    server.listen(0, HOST, () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}


/** The variables through which tests and tools find the emulators. */
export function emulatorEnvironment(emulators: Emulators): Record<string, string> {
  return {
    LAR_PROJECT_ID: emulators.projectId,
    LAR_AUTH_EMULATOR: formatHostAndPort(emulators.auth),
    ...(emulators.firestore ? { LAR_FIRESTORE_EMULATOR: formatHostAndPort(emulators.firestore) } : {}),
  };
}
