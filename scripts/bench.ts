/**
 * `npm run bench`: figures, printed, never asserted.
 *   - sizes: the script-tag build (raw, gzip, brotli) and the npm build's own code;
 *   - time to first comments: a page that loads the built script, against the emulators with a
 *     seeded thread, in Chromium, from navigation to the comments on screen (median of several loads);
 *   - render time: 1,000 comments handed to the widget at once, until every one is on screen.
 * Run `npm run build` first (the npm script does).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import puppeteer, { type Browser } from 'puppeteer-core';
import { commentDocument } from '../src/data/documents.js';
import { threadDocumentId } from '../src/data/thread-id.js';
import { DEV_PROJECT_ID, ROOT, startEmulators, type Address, type Emulators } from './emulators.js';
import { writeAsOwner } from './firestore-rest.js';
import { findChromium } from './system.js';

const LOADS = 7;
const SEEDED_COMMENTS = 25;
const RENDERED_COMMENTS = 1000;
const CDN_FILE = join(ROOT, 'dist', 'cdn', 'leave-a-reply.js');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function sizes(): void {
  const script = readFileSync(CDN_FILE);
  const gzip = gzipSync(script, { level: 9 }).length;
  const brotli = brotliCompressSync(script, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log('Sizes');
  console.log(`  script-tag build  dist/cdn/leave-a-reply.js  ${kb(script.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli`);
  const own = listFiles(join(ROOT, 'dist'))
    .filter((file) => file.endsWith('.js') && !relative(join(ROOT, 'dist'), file).startsWith('cdn'))
    .map((file) => readFileSync(file));
  const ownBytes = own.reduce((sum, file) => sum + file.length, 0);
  const ownGzip = own.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0);
  console.log(`  npm build, our own code (${own.length} modules, dependencies excluded)  ${kb(ownBytes)} raw, ${kb(ownGzip)} gzip (file by file)`);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** A blog page as a site owner writes it, loading the built script, served from memory. */
function servePage(emulators: Emulators, firestore: Address, thread: string): Promise<{ server: Server; url: string }> {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench post</title></head>
<body><article><h1>Bench post</h1><p>Text.</p></article>
<leave-a-reply project-id="${emulators.projectId}" api-key="demo-api-key" thread="${thread}"
  firestore-emulator="${firestore.host}:${firestore.port}" auth-emulator="${emulators.auth.host}:${emulators.auth.port}"></leave-a-reply>
<script type="module" src="/leave-a-reply.js"></script></body></html>`;
  const server = createServer((request, response) => {
    if (request.url === '/leave-a-reply.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(CDN_FILE));
    } else {
      response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    done({ server, url: `http://127.0.0.1:${port}/post/` });
  }));
}

async function timeToFirstComments(browser: Browser, url: string): Promise<number[]> {
  const times: number[] = [];
  for (let load = 0; load < LOADS; load++) {
    // A new context each time: no cache, no stored sign-in, like a first visit.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(
      (count) => document.querySelector('leave-a-reply')?.shadowRoot?.querySelectorAll('lar-comment').length === count,
      { timeout: 30_000, polling: 'raf' },
      SEEDED_COMMENTS,
    );
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  return times;
}

/**
 * Runs in the page: hands `count` comments to a new widget through a store that answers at once, so
 * this measures the widget, not the network. Kept as source text because tsx would add helpers to a
 * compiled function that do not exist in the page.
 */
const RENDER_IN_PAGE = `async (count) => {
  const comments = Array.from({ length: count }, (_, i) => ({
    id: 'c' + i,
    author: { name: 'Reader ' + i, website: i % 3 ? null : 'https://reader' + i + '.example/', provider: 'guest' },
    text: 'Comment number ' + i + ', with <em>some</em> emphasis.\\n\\nAnd a second paragraph.',
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
    pending: false,
  }));
  const widget = document.createElement('leave-a-reply');
  widget.setAttribute('thread', '/render-' + Math.random());
  widget.setAttribute('post-title', 'Render');
  widget.store = {
    watchThread: (key, listener) => { listener.next(comments, { synced: true }); return () => {}; },
    postComment: async () => {},
  };
  const start = performance.now();
  document.body.append(widget);
  await widget.updateComplete;
  const items = [...widget.shadowRoot.querySelectorAll('lar-comment')];
  await Promise.all(items.map((item) => item.updateComplete));
  const elapsed = performance.now() - start;
  if (items.length !== count) throw new Error('rendered ' + items.length + ' of ' + count);
  widget.remove();
  return elapsed;
}`;

async function renderTimes(browser: Browser, url: string): Promise<number[]> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('leave-a-reply'));
  const times: number[] = [];
  for (let run = 0; run < LOADS; run++) times.push(Number(await page.evaluate(`(${RENDER_IN_PAGE})(${RENDERED_COMMENTS})`)));
  await page.close();
  return times;
}

sizes();

const chromium = findChromium();
if (!chromium) {
  console.log('\nChromium is missing: timings skipped (npm test installs it).');
  process.exit(0);
}
const emulators = await startEmulators({ projectId: DEV_PROJECT_ID, rules: join(ROOT, 'firestore.rules') });
if (!emulators.firestore) {
  console.log(`\nFirestore emulator missing: timings skipped. ${emulators.firestoreMissing}`);
  await emulators.stop();
  process.exit(0);
}
const thread = '/bench/post';
for (let i = 0; i < SEEDED_COMMENTS; i++) {
  const draft = { text: `Comment ${i}: a few words about the post.`, name: `Reader ${i}`, email: '', website: '' };
  const path = ['threads', threadDocumentId(thread), 'comments', `bench-${i}`];
  await writeAsOwner(emulators.firestore, emulators.projectId, path, commentDocument(`reader-${i}`, draft, new Date(Date.UTC(2026, 10, 1, 0, i))));
}
const { server, url } = await servePage(emulators, emulators.firestore, thread);
const browser = await puppeteer.launch({
  executablePath: chromium,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const first = await timeToFirstComments(browser, url);
  console.log(`\nTime to first comments (${SEEDED_COMMENTS} seeded, emulators on this machine, ${LOADS} first visits)`);
  console.log(`  median ${median(first).toFixed(0)} ms, min ${Math.min(...first).toFixed(0)} ms, max ${Math.max(...first).toFixed(0)} ms`);
  const render = await renderTimes(browser, url);
  console.log(`\nRender ${RENDERED_COMMENTS.toLocaleString('en')} comments (in-memory store, ${LOADS} runs)`);
  console.log(`  median ${median(render).toFixed(0)} ms, min ${Math.min(...render).toFixed(0)} ms, max ${Math.max(...render).toFixed(0)} ms`);
} finally {
  await browser.close();
  server.close();
  await emulators.stop();
}
