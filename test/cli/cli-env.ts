/**
 * What the command-line suites share: the emulators scripts/with-emulators.ts started, a way to run
 * `leave-a-reply` as a site owner does (a separate process, from source through tsx, its output and
 * exit code), and firebase-admin to read back what it wrote. Each suite uses a project of its own
 * (`demo-cli-…`), so suites cannot see each other's data.
 *
 *   npx tsx scripts/with-emulators.ts -- node --import tsx --test test/cli/*.test.ts
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { deleteApp, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'test', 'cli', 'fixtures');
const MAIN = join(ROOT, 'src', 'cli', 'main.ts');
// By its address: a test may run the CLI in a folder of its own, where "tsx" would not resolve.
const TSX = import.meta.resolve('tsx');

const firestoreHost = process.env['LAR_FIRESTORE_EMULATOR'];
const authHost = process.env['LAR_AUTH_EMULATOR'];
if (!firestoreHost || !authHost) {
  throw new Error(
    'The command-line suite needs the Firestore and Auth emulators, and LAR_FIRESTORE_EMULATOR / LAR_AUTH_EMULATOR are not set. ' +
      'Run it through the emulator wrapper:\n  npm run test:cli',
  );
}
export const EMULATORS = { firestore: firestoreHost, auth: authHost };

/** A project of this suite's own: 6 random hex digits after `demo-cli-<name>-`. */
export function freshProject(name: string): string {
  return `demo-cli-${name}-${randomBytes(3).toString('hex')}`;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI with `args`, the emulators in the environment as a site owner's shell would have them
 * (`env: {}` for none), in `cwd` (the repository by default).
 */
export function cli(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}): Promise<Run> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    FIRESTORE_EMULATOR_HOST: undefined,
    FIREBASE_AUTH_EMULATOR_HOST: undefined,
    GOOGLE_CLOUD_PROJECT: undefined,
    GCLOUD_PROJECT: undefined,
    ...(options.env ?? { FIRESTORE_EMULATOR_HOST: EMULATORS.firestore, FIREBASE_AUTH_EMULATOR_HOST: EMULATORS.auth }),
  };
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', TSX, MAIN, ...args],
      { cwd: options.cwd ?? ROOT, env: env as NodeJS.ProcessEnv, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** An empty folder for files a test makes (a truncated export, a mapping file). */
export function scratchFolder(): string {
  return mkdtempSync(join(tmpdir(), 'lar-cli-'));
}

/** firebase-admin on `projectId` in the emulators, to read back (and set up) what a test needs. */
export function admin(projectId: string) {
  process.env['FIRESTORE_EMULATOR_HOST'] = EMULATORS.firestore;
  process.env['FIREBASE_AUTH_EMULATOR_HOST'] = EMULATORS.auth;
  process.env['METADATA_SERVER_DETECTION'] = 'none';
  const app = initializeApp({ projectId }, `${projectId}-${randomBytes(4).toString('hex')}`);
  return { firestore: getFirestore(app), auth: getAuth(app), close: () => deleteApp(app) };
}

/** Every comment of a project, by ID, with the thread key it is under (decoded) and its contact. */
export async function storedComments(backend: ReturnType<typeof admin>) {
  const comments = new Map<string, { thread: string; data: Record<string, unknown>; contact: Record<string, unknown> | undefined }>();
  const snapshot = await backend.firestore.collectionGroup('comments').get();
  for (const document of snapshot.docs) {
    const contact = await document.ref.collection('private').doc('contact').get();
    comments.set(document.id, { thread: decodeURIComponent(document.ref.parent.parent!.id), data: document.data(), contact: contact.data() });
  }
  return comments;
}

/**
 * Imports `file` into `project` once, before the tests of the enclosing describe, and reads back what
 * it stored: `run` is the command's output, `stored` every comment by ID, and `comment(id)` one of
 * them (failing the test when it was not imported).
 */
export function importedOnce(project: string, backend: ReturnType<typeof admin>, format: 'wordpress' | 'disqus', file: string) {
  let run: Run | undefined;
  let stored: Awaited<ReturnType<typeof storedComments>> | undefined;
  before(async () => {
    run = await cli(['--project', project, 'import', format, file]);
    stored = await storedComments(backend);
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('importedOnce: read in a test, after its before hook has run.');
    return value;
  };
  return {
    get run(): Run {
      return ready(run);
    },
    get stored() {
      return ready(stored);
    },
    comment(id: string) {
      const found = ready(stored).get(id);
      assert.ok(found, `${id} was not imported`);
      return found;
    },
  };
}

/** The Gravatar URL the widget computes for an email (src/model/avatar.ts), computed here on its own. */
export function gravatar(email: string): string {
  return `https://www.gravatar.com/avatar/${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`;
}

/** An imported author's uid: the source, and the first 20 hex digits of the SHA-256 of what identifies them. */
export function hashedUid(source: string, identity: string): string {
  return `${source}:${createHash('sha256').update(identity.trim().toLowerCase()).digest('hex').slice(0, 20)}`;
}

/** The line `needle` starts on in `text`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in the text`);
  return text.slice(0, at).split('\n').length;
}
