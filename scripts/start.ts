/**
 * `npm start`: the demo blog (demo/) on local emulators, with comments already in place, ready to be
 * moderated with the command line.
 *
 *   1. starts the Firestore and Auth emulators (scripts/emulators.ts, logs in .cache/) on
 *      firebase.json's ports when they are free, so that `npx leave-a-reply --emulator` finds them with
 *      nothing set, else on free ports (the banner's command then names them); meanwhile builds the
 *      command line (dist/cli/main.js, the file `npx leave-a-reply` runs; dist/ is not committed);
 *   2. seeds the review (scripts/seed.ts), then imports the other two threads from
 *      demo/wordpress-export.xml with that command line, as a site owner moving from WordPress would;
 *   3. serves demo/ with Vite, whose HTML env replacement writes the emulators' addresses into the
 *      pages' <leave-a-reply> attributes (%VITE_LAR_…%).
 *
 * Ctrl-C stops the Vite server and the emulators, through one handler (scripts/shutdown.ts).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createServer, type ViteDevServer } from 'vite';
import { threadDocumentId } from '../src/data/thread-id.js';
import type { HostAndPort } from '../src/data/host-and-port.js';
import { DEV_PROJECT_ID as PROJECT_ID, ROOT, startEmulators, type Emulators } from './emulators.js';
import { readAllAsOwner } from './firestore-rest.js';
import { DEMO_POSTS, seedDemo, seededCount } from './seed.js';
import { onShutdown } from './shutdown.js';

const run = promisify(execFile);
const WORDPRESS_EXPORT = 'demo/wordpress-export.xml';
/** Who the demo's moderator is: demo/fake-account-chooser.js signs a person in as `<id>@<provider>.example`. */
const MODERATOR = { name: 'Ada Lovelace', provider: 'Google', email: 'ada@google.example' };

let server: ViteDevServer | undefined;
let emulators: Emulators | undefined;

// Registered before anything starts, so a Ctrl-C during start-up also closes what has started.
// startEmulators registers the emulators' own stop with the same handler.
onShutdown(() => server?.close());

try {
  const started = performance.now();
  // Alongside the emulators, which take longer. A failed build only changes the banner's command.
  const cliBuilt = run('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT }).then(
    () => true,
    (error: Error & { stderr?: string }) => {
      console.warn(`Could not build the command line (npm run build:cli), so the banner says \`npm run cli --\`:\n${error.stderr || error.message}`);
      return false;
    },
  );
  console.log('Starting the Firestore and Auth emulators…');
  const defaults = firebaseJsonPorts();
  emulators = await startEmulators({ projectId: PROJECT_ID, rules: join(ROOT, 'firestore.rules'), preferPorts: defaults });
  if (!emulators.firestore) {
    console.error(`\nThe demo needs the Firestore emulator, which could not start.\n${emulators.firestoreMissing}`);
    await emulators.stop();
    process.exit(1);
  }
  const firestore = `${emulators.firestore.host}:${emulators.firestore.port}`;
  const auth = `${emulators.auth.host}:${emulators.auth.port}`;
  const onDefaultPorts = emulators.firestore.port === defaults.firestore && emulators.auth.port === defaults.auth;
  if (!onDefaultPorts) {
    console.log(
      `firebase.json's ports (Firestore ${defaults.firestore}, Auth ${defaults.auth}) are not both free, so the emulators run on ` +
        `${firestore} and ${auth}: the command line needs them named (the banner's command does).`,
    );
  }
  // The command line as a site owner types it: the built file `npx leave-a-reply` runs, else from source.
  const cli = (await cliBuilt) ? { args: [join(ROOT, 'dist/cli/main.js')], shown: 'npx leave-a-reply' } : { args: ['--import', 'tsx', join(ROOT, 'src/cli/main.ts')], shown: 'npm run cli --' };
  const emulatorVariables = { FIRESTORE_EMULATOR_HOST: firestore, FIREBASE_AUTH_EMULATOR_HOST: auth };

  console.log('Seeding the review…');
  await seedDemo(emulators.firestore, PROJECT_ID);
  console.log(`Importing the notes and the open thread: ${cli.shown} import wordpress ${WORDPRESS_EXPORT}`);
  console.log(`  ${await importWordPress(cli.args, emulatorVariables)}`);
  const imported = await threadCounts(emulators.firestore, [DEMO_POSTS.notes, DEMO_POSTS.yourTurn]);

  console.log('Starting the Vite dev server…');
  // Read by Vite's HTML env replacement when the server is created: see the attributes in demo/**.html.
  process.env['VITE_LAR_PROJECT_ID'] = PROJECT_ID;
  process.env['VITE_LAR_FIRESTORE_EMULATOR'] = firestore;
  process.env['VITE_LAR_AUTH_EMULATOR'] = auth;
  server = await createServer({ configFile: join(ROOT, 'vite.config.ts') });
  await server.listen();

  const base = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port}/`;
  const url = (path: string) => new URL(`${path}/`, base).href;
  const notes = imported.get(DEMO_POSTS.notes);
  const yourTurn = imported.get(DEMO_POSTS.yourTurn);
  const variables = onDefaultPorts ? '' : `${Object.entries(emulatorVariables).map(([name, value]) => `${name}=${value}`).join(' ')} `;
  console.log(`
Second Row Centre, the demo blog, is running (started in ${((performance.now() - started) / 1000).toFixed(1)} s):

  Blog:                 ${base}
  Review (${seededCount(DEMO_POSTS.review)} comments):  ${url(DEMO_POSTS.review)}
  Notes (${notes?.published} comments, ${notes?.pending} held):  ${url(DEMO_POSTS.notes)}
  Open thread (${yourTurn?.published}, ${yourTurn?.pending} held, 10 a page): ${url(DEMO_POSTS.yourTurn)}

  Firestore emulator:   ${firestore}   (project ${PROJECT_ID})
  Auth emulator:        ${auth}

Open the review in two windows: reply, edit or delete in one, watch the other.

To moderate: on a post, sign in with ${MODERATOR.provider} and pick ${MODERATOR.name} (the demo's account chooser
signs her in as ${MODERATOR.email}), then run, in this folder:

  ${variables}${cli.shown} --emulator --project ${PROJECT_ID} moderators add ${MODERATOR.email}

then sign out of the widget and in again, for the claim to reach the token: the held comments wait
under Pending. Press Ctrl-C to stop.
`);
} catch (error) {
  console.error(`\nThe demo could not start: ${error instanceof Error ? error.message : String(error)}`);
  await Promise.allSettled([server?.close(), emulators?.stop()]);
  process.exit(1);
}

/** firebase.json's emulator ports: where `npx leave-a-reply --emulator` looks when no variable names others. */
function firebaseJsonPorts(): { firestore: number; auth: number } {
  const config = JSON.parse(readFileSync(join(ROOT, 'firebase.json'), 'utf8')) as { emulators: { firestore: { port: number }; auth: { port: number } } };
  return { firestore: config.emulators.firestore.port, auth: config.emulators.auth.port };
}

/**
 * Runs the command line's WordPress import, as its own process with the emulators in the variables, as
 * a site owner's shell would; returns its total line. Idempotent like the seed: comment IDs come from
 * the export, so a second run adds nothing. Its progress lines (stderr) are left out; on failure, shown.
 */
async function importWordPress(cli: string[], variables: Record<string, string>): Promise<string> {
  const args = [...cli, '--emulator', '--project', PROJECT_ID, 'import', 'wordpress', WORDPRESS_EXPORT];
  try {
    const { stdout } = await run(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...variables } });
    const lines = stdout.trim().split('\n');
    return lines.find((line) => line.startsWith('Total ')) ?? lines.join('\n  ');
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`importing ${WORDPRESS_EXPORT} failed:\n${[stdout, stderr].filter(Boolean).join('\n').trim() || String(error)}`, { cause: error });
  }
}

/** Published and held comments of each thread, as stored (whatever the import found already there). */
async function threadCounts(firestore: HostAndPort, threads: string[]): Promise<Map<string, { published: number; pending: number }>> {
  const counts = new Map<string, { published: number; pending: number }>();
  for (const thread of threads) {
    const comments = await readAllAsOwner(firestore, PROJECT_ID, ['threads', threadDocumentId(thread), 'comments']);
    const count = (status: string) => comments.filter((comment) => comment.data['status'] === status).length;
    counts.set(thread, { published: count('published'), pending: count('pending') });
  }
  return counts;
}
