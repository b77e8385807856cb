import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applicationDefault, deleteApp, initializeApp, type App } from 'firebase-admin/app';
import { getAuth, type Auth } from 'firebase-admin/auth';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';
import { CliError } from './errors.js';

/** The options every command takes (main.ts declares them on the program). */
export interface ConnectionOptions {
  project?: string;
  emulator?: boolean;
}

export interface Connection {
  projectId: string;
  /** `host:port` of each emulator, or null against the real project. */
  emulators: { firestore: string; auth: string } | null;
  firestore: Firestore;
  auth: Auth;
  /** Where the commands' messages say the data went: "project demo-x (emulators)". */
  describe: string;
  close(): Promise<void>;
}

/**
 * Connects firebase-admin the way Google's own tools do: the project from --project, else
 * GOOGLE_CLOUD_PROJECT / GCLOUD_PROJECT, else .firebaserc's default; the emulators from
 * FIRESTORE_EMULATOR_HOST / FIREBASE_AUTH_EMULATOR_HOST, or with --emulator from firebase.json in the
 * current folder (the file `firebase emulators:start` reads); a real project through Application
 * Default Credentials (GOOGLE_APPLICATION_CREDENTIALS, or `gcloud auth application-default login`).
 */
export async function connect(options: ConnectionOptions, cwd = process.cwd()): Promise<Connection> {
  const projectId = findProject(options, cwd);
  const emulators = findEmulators(options, cwd);
  if (!emulators && projectId.startsWith('demo-')) {
    throw new CliError(`"${projectId}" is a demo project, which exists only in the emulators: add --emulator (and start them: firebase emulators:start).`);
  }
  if (emulators) {
    // firebase-admin finds the emulators through these variables, and needs no credentials then.
    process.env['FIRESTORE_EMULATOR_HOST'] = emulators.firestore;
    process.env['FIREBASE_AUTH_EMULATOR_HOST'] = emulators.auth;
    // Nor does it need Google's metadata server, which it would otherwise probe (and warn about).
    process.env['METADATA_SERVER_DETECTION'] ??= 'none';
  }
  const app: App = initializeApp(emulators ? { projectId } : { projectId, credential: applicationDefault() }, `leave-a-reply-${Date.now()}`);
  const firestore = getFirestore(app);
  return {
    projectId,
    emulators,
    firestore,
    auth: getAuth(app),
    describe: emulators ? `project ${projectId} (emulators: Firestore ${emulators.firestore}, Auth ${emulators.auth})` : `project ${projectId}`,
    close: () => deleteApp(app),
  };
}

function findProject(options: ConnectionOptions, cwd: string): string {
  const fromEnvironment = process.env['GOOGLE_CLOUD_PROJECT'] || process.env['GCLOUD_PROJECT'];
  const projectId = options.project?.trim() || fromEnvironment || firebaseRcDefault(cwd);
  if (!projectId) {
    throw new CliError('No project: pass --project <id> or set GOOGLE_CLOUD_PROJECT (the ID is in the Firebase console under Project settings → General).');
  }
  if (!/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(projectId)) {
    throw new CliError(`"${projectId}" is not a Firebase project ID: 6 to 30 lowercase letters, digits and hyphens, such as "my-blog-1a2b3".`);
  }
  return projectId;
}

function firebaseRcDefault(cwd: string): string | undefined {
  const file = join(cwd, '.firebaserc');
  if (!existsSync(file)) return undefined;
  try {
    const rc = JSON.parse(readFileSync(file, 'utf8')) as { projects?: { default?: unknown } };
    return typeof rc.projects?.default === 'string' ? rc.projects.default : undefined;
  } catch {
    throw new CliError(`${file} is not valid JSON: fix it, or pass --project <id>.`);
  }
}

function findEmulators(options: ConnectionOptions, cwd: string): Connection['emulators'] {
  const firestore = process.env['FIRESTORE_EMULATOR_HOST'];
  const auth = process.env['FIREBASE_AUTH_EMULATOR_HOST'];
  if (!options.emulator && !firestore && !auth) return null;
  if (!options.emulator && (!firestore || !auth)) {
    // Half in the emulators would send the other half to the real project.
    throw new CliError(
      `${firestore ? 'FIRESTORE_EMULATOR_HOST' : 'FIREBASE_AUTH_EMULATOR_HOST'} is set but ${firestore ? 'FIREBASE_AUTH_EMULATOR_HOST' : 'FIRESTORE_EMULATOR_HOST'} is not: ` +
        'set both, or pass --emulator to take the missing one from firebase.json.',
    );
  }
  const configured = firebaseJsonEmulators(cwd);
  return { firestore: firestore || configured.firestore, auth: auth || configured.auth };
}

/** firebase.json's "emulators" block, as `firebase emulators:start` reads it; the CLI's defaults otherwise. */
function firebaseJsonEmulators(cwd: string): { firestore: string; auth: string } {
  const file = join(cwd, 'firebase.json');
  let emulators: Record<string, { host?: unknown; port?: unknown } | undefined> = {};
  if (existsSync(file)) {
    try {
      emulators = (JSON.parse(readFileSync(file, 'utf8')) as { emulators?: typeof emulators }).emulators ?? {};
    } catch {
      throw new CliError(`${file} is not valid JSON: fix it, or set FIRESTORE_EMULATOR_HOST and FIREBASE_AUTH_EMULATOR_HOST.`);
    }
  }
  const address = (name: string, port: number) => {
    const block = emulators[name];
    return `${typeof block?.host === 'string' ? block.host : '127.0.0.1'}:${typeof block?.port === 'number' ? block.port : port}`;
  };
  return { firestore: address('firestore', 8080), auth: address('auth', 9099) };
}

/**
 * Fails at once, with the fix, when an emulator is not listening: firebase-admin would otherwise
 * retry for a minute before saying UNAVAILABLE.
 */
export async function ensureReachable(connection: Connection, which: 'firestore' | 'auth'): Promise<void> {
  const address = connection.emulators?.[which];
  if (!address) return;
  try {
    await fetch(`http://${address}/`, { signal: AbortSignal.timeout(5000) });
  } catch {
    const variable = which === 'firestore' ? 'FIRESTORE_EMULATOR_HOST' : 'FIREBASE_AUTH_EMULATOR_HOST';
    throw new CliError(
      `The ${which === 'firestore' ? 'Firestore' : 'Auth'} emulator does not answer at ${address}: start the emulators (firebase emulators:start) or set ${variable} to where it runs.`,
    );
  }
}

/** Turns firebase-admin's failures for a missing login or an unreachable project into the fix. */
export function explainFirebaseError(error: unknown, connection: Pick<Connection, 'projectId'>): CliError | null {
  const text = String((error as Error)?.message ?? error);
  if (/default credentials|Could not load the default credentials|invalid_grant|GOOGLE_APPLICATION_CREDENTIALS/i.test(text)) {
    return new CliError(
      `No credentials for project ${connection.projectId}: set GOOGLE_APPLICATION_CREDENTIALS to a service account key ` +
        '(Firebase console → Project settings → Service accounts → Generate new private key), ' +
        'or run `gcloud auth application-default login`. Against the emulators, pass --emulator.',
    );
  }
  if (/PERMISSION_DENIED|permission/i.test(text)) {
    return new CliError(`Permission denied on project ${connection.projectId}: the credentials need the Firebase Admin role (${text.split('\n')[0]}).`);
  }
  return null;
}
