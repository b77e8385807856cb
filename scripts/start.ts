/**
 * `npm start`: the demo blog (demo/) on local emulators, with a few comments already in place.
 *
 *   1. starts the Firestore and Auth emulators (scripts/emulators.ts: free ports, logs in .cache/);
 *   2. seeds the demo threads (scripts/seed.ts);
 *   3. serves demo/ with Vite, whose HTML env replacement writes the emulators' addresses into the
 *      pages' <leave-a-reply> attributes (%VITE_LAR_…%).
 *
 * Ctrl-C stops the Vite server and the emulators, through one handler (scripts/shutdown.ts).
 */
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { DEV_PROJECT_ID as PROJECT_ID, ROOT, startEmulators, type Emulators } from './emulators.js';
import { DEMO_POSTS, seedDemo, seededCount } from './seed.js';
import { onShutdown } from './shutdown.js';

let server: ViteDevServer | undefined;
let emulators: Emulators | undefined;

// Registered before anything starts, so a Ctrl-C during start-up also closes what has started.
// startEmulators registers the emulators' own stop with the same handler.
onShutdown(() => server?.close());

try {
  console.log('Starting the Firestore and Auth emulators…');
  emulators = await startEmulators({ projectId: PROJECT_ID, rules: join(ROOT, 'firestore.rules') });
  if (!emulators.firestore) {
    console.error(`\nThe demo needs the Firestore emulator, which could not start.\n${emulators.firestoreMissing}`);
    await emulators.stop();
    process.exit(1);
  }
  const firestore = `${emulators.firestore.host}:${emulators.firestore.port}`;
  const auth = `${emulators.auth.host}:${emulators.auth.port}`;

  console.log('Seeding the demo comments…');
  await seedDemo(emulators.firestore, PROJECT_ID);

  console.log('Starting the Vite dev server…');
  // Read by Vite's HTML env replacement when the server is created: see the attributes in demo/**.html.
  process.env['VITE_LAR_PROJECT_ID'] = PROJECT_ID;
  process.env['VITE_LAR_FIRESTORE_EMULATOR'] = firestore;
  process.env['VITE_LAR_AUTH_EMULATOR'] = auth;
  server = await createServer({ configFile: join(ROOT, 'vite.config.ts') });
  await server.listen();

  const base = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port}/`;
  const url = (path: string) => new URL(`${path}/`, base).href;
  console.log(`
Second Row Centre, the demo blog, is running:

  Blog:                 ${base}
  Review (${seededCount(DEMO_POSTS.review)} comments):  ${url(DEMO_POSTS.review)}
  Notes (${seededCount(DEMO_POSTS.notes)} comments):    ${url(DEMO_POSTS.notes)}
  Open thread (${seededCount(DEMO_POSTS.yourTurn)}, 10 a page): ${url(DEMO_POSTS.yourTurn)}

  Firestore emulator:   ${firestore}   (project ${PROJECT_ID})
  Auth emulator:        ${auth}

Open the review in two windows: reply, edit or delete in one, watch the other. Press Ctrl-C to stop.
`);
} catch (error) {
  console.error(`\nThe demo could not start: ${error instanceof Error ? error.message : String(error)}`);
  await Promise.allSettled([server?.close(), emulators?.stop()]);
  process.exit(1);
}
