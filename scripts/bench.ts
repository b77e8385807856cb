/**
 * `npm run bench`: figures, printed, never asserted (the budgets that fail `npm test` are in
 * .size-limit.json). One run measures this build and the baseline, the one-file build from before the
 * loading design (scripts/bench/builds.ts), side by side:
 *   - sizes: the loader, the JavaScript to the first comments (plain text, with markup), everything;
 *   - a first visit to a post with seeded comments, against the emulators: the time to the first
 *     comments (median of VISITS cold visits), the requests before them, Firestore documents read;
 *   - a thread of 2,000 comments with deep replies (this build only: the baseline has neither
 *     replies nor pages): the first page, its reads against the formula, and one Load more;
 *   - layout shift while a reader scrolls down the demo's review to its comments;
 *   - render time for 100, 1,000 and 10,000 comments, plain text and with markup;
 *   - Lighthouse on the demo blog's review, with the widget, without it, and with the baseline's.
 * docs/performance.md explains the figures and keeps the latest ones.
 */
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { commentDocument } from '../src/data/documents.js';
import { threadDocumentId } from '../src/data/thread-id.js';
import { baseline, buildSizes, current, type Build } from './bench/builds.js';
import { layoutShiftWhileScrolling, renderTimes, visit, type Visit } from './bench/browser.js';
import { conversationFigures, expectedFigures, seedConversation, TOP_LEVEL, visitConversation, type ConversationVisit } from './bench/conversation.js';
import { runLighthouse, type LighthouseFigures } from './bench/lighthouse.js';
import { servePages } from './bench/pages.js';
import { DEV_PROJECT_ID, ROOT, startEmulators } from './emulators.js';
import { writeAsOwner } from './firestore-rest.js';
import { DEMO_POSTS, seededCount, seedDemo } from './seed.js';
import { findChromium } from './system.js';

const VISITS = 11;
const SEEDED = 25;
/** `page-size`'s default: the bench post does not set it. */
const PAGE_SIZE = 50;
const RENDERED = [100, 1_000, 10_000];
const RENDER_RUNS = 7;
const LIGHTHOUSE_RUNS = 3;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const heading = (title: string) => console.log(`\n${title}`);

const builds: Build[] = [current];
heading('Building the baseline (once; kept in .cache/baseline/)');
const old = baseline();
if (old) builds.push(old);

heading('Sizes of the script tag (gzip -9, brotli -11)');
for (const build of builds) {
  console.log(`  ${build.name}`);
  for (const [label, size] of buildSizes(build)) {
    console.log(`    ${label.padEnd(36)} ${kb(size.gzip).padStart(9)} gzip  ${kb(size.brotli).padStart(9)} brotli  ${kb(size.raw).padStart(9)} raw  (${size.files} file${size.files === 1 ? '' : 's'})`);
  }
}

const chromium = findChromium();
if (!chromium) {
  console.log('\nChromium is missing: the browser figures are skipped (npm test installs it).');
  process.exit(0);
}
const emulators = await startEmulators({ projectId: DEV_PROJECT_ID, rules: join(ROOT, 'firestore.rules') });
if (!emulators.firestore) {
  console.log(`\nFirestore emulator missing: the browser figures are skipped. ${emulators.firestoreMissing}`);
  await emulators.stop();
  process.exit(0);
}
const emulated = { projectId: emulators.projectId, firestore: emulators.firestore, auth: emulators.auth };
const thread = '/bench/post';
for (let i = 0; i < SEEDED; i++) {
  const draft = { text: `Comment ${i}: a few words about the post.`, name: `Reader ${i}`, email: '', website: '' };
  await writeAsOwner(emulators.firestore, emulators.projectId, ['threads', threadDocumentId(thread), 'comments', `bench-${i}`],
    commentDocument(`reader-${i}`, draft, new Date(Date.UTC(2026, 10, 1, 0, i))));
}
await seedDemo(emulators.firestore, emulators.projectId);
const conversation = await seedConversation(emulators.firestore, emulators.projectId, '/bench/conversation');
const pages = await servePages(emulated);
const browser = await puppeteer.launch({
  executablePath: chromium,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
  heading(`A first visit to a post with ${SEEDED} comments (emulators on this machine, median of ${VISITS} cold visits)`);
  for (const build of builds) {
    pages.use(build);
    const visits: Visit[] = [];
    // The last visit waits for the live listener too, so its reads include the listener's first answer.
    for (let i = 0; i < VISITS; i++) visits.push(await visit(browser, `${pages.origin}/bench${thread}`, SEEDED, i === VISITS - 1 ? 4000 : 0));
    const times = visits.map((v) => v.time);
    const [last] = visits.slice(-1) as [Visit];
    console.log(`  ${build.name}`);
    console.log(`    time to the first comments   median ${ms(median(times))} (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))})`);
    console.log(`    requests before them         ${last.requests.length}: ${last.requests.join(', ')}`);
    console.log(`    Firestore documents read     ${last.documentsRead ?? `not measured (no read marks in this build; by its code, one listener over the whole thread: ${SEEDED})`}` +
      (last.documentsRead === null ? '' : ` (${SEEDED} comments + 1 for the replies query, which finds none + 1 for the listener's first answer, also empty: an empty answer costs one read; one page, so no count)`));
  }

  heading(
    `A thread of ${conversation.total.toLocaleString('en')} comments with deep replies (${TOP_LEVEL} top-level, replies in chains up to ` +
      `depth ${conversation.deepest}; page-size ${PAGE_SIZE}, max-depth 5; median of ${VISITS} cold visits; this build only)`,
  );
  pages.use(current);
  const expected = expectedFigures(conversation, PAGE_SIZE);
  const talks: ConversationVisit[] = [];
  for (let i = 0; i < VISITS; i++) talks.push(await visitConversation(browser, `${pages.origin}/bench${conversation.thread}`, expected.shownAfter));
  console.log(`  ${current.name}`);
  for (const line of conversationFigures(talks, expected, PAGE_SIZE)) console.log(`    ${line}`);

  heading(`Layout shift while scrolling down the demo's review to its ${seededCount(DEMO_POSTS.review)} comments (mobile viewport, CLS)`);
  for (const build of builds) {
    pages.use(build);
    const reading = await layoutShiftWhileScrolling(browser, `${pages.origin}/review/with-widget/`, 200);
    const fling = await layoutShiftWhileScrolling(browser, `${pages.origin}/review/with-widget/`, 2000);
    console.log(`  ${build.name.padEnd(22)} reading on (200 px every 100 ms) ${reading.toFixed(3)}   a fling (2,000 px every 100 ms) ${fling.toFixed(3)}`);
  }

  for (const markup of [false, true]) {
    heading(`Rendering a thread, ${markup ? 'every comment with markup (DOMPurify)' : 'plain text'} (in-memory store, median of ${RENDER_RUNS} runs; 3 at 10,000)`);
    for (const build of builds) {
      pages.use(build);
      const times = await renderTimes(browser, `${pages.origin}/render/`, RENDERED, markup, RENDER_RUNS);
      console.log(`  ${build.name.padEnd(22)} ${[...times].map(([count, values]) => `${count.toLocaleString('en')}: ${ms(median(values))}`).join('   ')}`);
    }
  }

  heading(`Lighthouse on the demo's review (mobile, simulated throttling; median of ${LIGHTHOUSE_RUNS} runs)`);
  const variants: Array<[string, Build, string]> = [
    ['without the widget', current, '/review/without-widget/'],
    ['with this build', current, '/review/with-widget/'],
    ['with this build, fetchpriority="low"', current, '/review/low-priority/'],
    ...(old ? [[`with the ${old.name}`, old, '/review/with-widget/'] as [string, Build, string]] : []),
  ];
  for (const [label, build, path] of variants) {
    pages.use(build);
    const runs: LighthouseFigures[] = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await runLighthouse(chromium, `${pages.origin}${path}`));
    const pick = (key: keyof LighthouseFigures) => median(runs.map((run) => run[key]));
    console.log(`  ${label.padEnd(38)} score ${pick('score')}   TBT ${ms(pick('totalBlockingTime'))}   LCP ${ms(pick('largestContentfulPaint'))}   CLS ${pick('cumulativeLayoutShift').toFixed(3)}`);
  }
} finally {
  await browser.close();
  pages.close();
  await emulators.stop();
}
