/**
 * The production build as a site owner deploys it (dist/cdn/, built by npm test before this suite):
 * the script tag costs nothing until the comments come near the viewport, then the first comments
 * take two requests in series, and live updates and posting work on the built chunks, Firestore's re2js stand-in
 * included.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { writeAsOwner } from '../../scripts/firestore-rest.js';
import { commentDocument } from '../../src/data/documents.js';
import { FirestoreStore } from '../../src/data/firestore-store.js';
import { threadDocumentId } from '../../src/data/thread-id.js';
import { authEmulator, closeFirebaseApps, emulatorAttributes, firestoreEmulator, freshThread, testEnvironment } from '../support/environment.js';
import { closePages } from '../support/pages.js';
import { renderedComments } from '../support/queries.js';
import { clearSavedDrafts } from '../support/storage.js';

const SLOW = { timeout: 15000 };

interface ScriptTagPage {
  frame: HTMLIFrameElement;
  window: Window;
  document: Document;
  widgets: Element[];
}

async function openScriptTagPage(widgets: Array<Record<string, string>>, copies = 1): Promise<ScriptTagPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px; border: 0';
  frame.src = `/test/support/script-tag-page.html?${new URLSearchParams({ widgets: JSON.stringify(widgets), copies: String(copies) })}`;
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow!;
  // The loader marks the page once it runs; its viewport observer reports with the next frames.
  await waitUntil(() => Symbol.for('leave-a-reply.loader') in view, 'the loader never ran');
  await frames(view);
  return { frame, window: view, document: frame.contentDocument!, widgets: [...frame.contentDocument!.querySelectorAll('leave-a-reply')] };
}

/** Waits for the page to render twice: an IntersectionObserver has reported by then. */
async function frames(view: Window, count = 2): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((done) => view.requestAnimationFrame(done));
}

const requests = (page: ScriptTagPage) => page.window.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
const emulatorHost = () => `${firestoreEmulator().host}:${firestoreEmulator().port}`;
/** The page's scripts, without the test server's own (its live-reload socket). */
const scripts = (entries: PerformanceResourceTiming[]) =>
  entries
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('.js') && !path.startsWith('/__web-dev-server'));

async function seedThread(thread: string, count: number) {
  for (let i = 0; i < count; i++) {
    const draft = { text: `Comment ${i}.`, name: `Reader ${i}`, email: '', website: '' };
    await writeAsOwner(firestoreEmulator(), testEnvironment.projectId, ['threads', threadDocumentId(thread), 'comments', `seed-${i}`],
      commentDocument(`reader-${i}`, draft, new Date(Date.UTC(2026, 10, 1, 0, i))));
  }
}

describe('The script tag, as built (Firestore and Auth emulators)', () => {
  beforeEach(clearSavedDrafts);
  afterEach(closePages);

  it('loads nothing before the reader scrolls near the comments; then two requests bring them, comments and replies', async () => {
    const thread = freshThread();
    await seedThread(thread, 3);
    const page = await openScriptTagPage([{ ...emulatorAttributes(), thread }]);
    // A load that should not happen would have finished by now: with loading="eager" on this
    // machine the widget's chunk arrives within about 100 ms, and the check below then fails.
    await new Promise((done) => setTimeout(done, 1000));

    expect(scripts(requests(page))).to.deep.equal(['/dist/cdn/leave-a-reply.js']);
    expect(requests(page).filter((entry) => entry.name.includes(emulatorHost()))).to.deep.equal([]);
    expect(page.window.customElements.get('leave-a-reply')).to.equal(undefined);

    page.widgets[0]!.scrollIntoView();
    await waitUntil(() => renderedComments(page.widgets[0]!).length === 3, 'the comments never appeared', SLOW);

    const [firstComments] = page.window.performance.getEntriesByName('leave-a-reply:first-comments');
    const before = requests(page).filter((entry) => entry.startTime < firstComments!.startTime);
    const toFirestore = before.filter((entry) => entry.name.includes(emulatorHost())).map((entry) => new URL(entry.name).pathname);
    // The top-level comments, then the replies under them; no count for a thread shown whole.
    expect(toFirestore).to.have.length(2);
    for (const path of toFirestore) expect(path).to.match(/\/documents\/threads\/[^/]+:runQuery$/);
    // The loader and the widget, one after the other: no Firebase, no sanitizer for plain text. The
    // form's chunks load beside the first read, not before it, so they may or may not come first.
    const loaded = scripts(before).map((path) => path.replace(/-[\w-]{8}\.js$/, '.js'));
    expect(loaded.slice(0, 2)).to.deep.equal(['/dist/cdn/leave-a-reply.js', '/dist/cdn/chunks/define.js']);
    // (The form's chunks: Lit's `live` directive, the accounts service that says who is signed in, the
    // memory of held comments and moderators it shares with posting, and the bundler's runtime.)
    const formChunks = /\/chunks\/(reply-form|lit-live-directive|firebase-accounts|sign-in-memory|held-memory|rolldown-runtime)\.js$/;
    expect(loaded.slice(2).filter((path) => !formChunks.test(path))).to.deep.equal([]);
  });

  it('shows live comments and posts through the built chunks, with re2js left out of them', async () => {
    const thread = freshThread();
    await seedThread(thread, 1);
    const page = await openScriptTagPage([{ ...emulatorAttributes(), thread, loading: 'eager' }]);
    const widget = page.widgets[0]!;
    await waitUntil(() => renderedComments(widget).length === 1, 'the comments never appeared', SLOW);

    // Another reader, elsewhere, posts: the built live listener shows it.
    const other = FirestoreStore.for({
      projectId: testEnvironment.projectId,
      apiKey: 'demo-api-key',
      authDomain: 'localhost',
      appId: '1:000000000000:web:script-tag-test',
      firestoreEmulator: firestoreEmulator(),
      authEmulator: authEmulator(),
    });
    await other.postComment(thread, { text: 'Live from elsewhere.', name: 'Grace', email: 'grace@example.com', website: '' });
    await waitUntil(() => renderedComments(widget).length === 2, 'the live comment never arrived', SLOW);

    const manifest = (await (await fetch('/dist/cdn/.vite/manifest.json')).json()) as Record<string, { file: string }>;
    const chunks = await Promise.all(Object.values(manifest).map(async ({ file }) => (await fetch(`/dist/cdn/${file}`)).text()));
    expect(chunks.filter((code) => code.includes("re2js is left out of leave-a-reply's build"))).to.have.length(1);
    expect(chunks.filter((code) => code.includes('RE2JS.compile(') || code.includes('class RE2JS'))).to.deep.equal([]);
  });

  it('works with the script twice, two widgets, and a widget added after load', async () => {
    const [first, second, later] = [freshThread(), freshThread(), freshThread()];
    await Promise.all([seedThread(first, 1), seedThread(second, 2), seedThread(later, 3)]);
    const page = await openScriptTagPage([
      { ...emulatorAttributes(), thread: first },
      { ...emulatorAttributes(), thread: second },
    ], 2);
    for (const [index, count] of [[0, 1], [1, 2]] as const) {
      page.widgets[index]!.scrollIntoView();
      await waitUntil(() => renderedComments(page.widgets[index]!).length === count, `widget ${index + 1} never loaded`, SLOW);
    }

    // A single-page app's next view: a new element, far down again, loads when it comes near.
    const added = page.document.createElement('leave-a-reply');
    for (const [name, value] of Object.entries({ ...emulatorAttributes(), thread: later })) added.setAttribute(name, value);
    const spacer = Object.assign(page.document.createElement('div'), { style: 'height: 4000px' });
    page.document.body.append(spacer, added);
    await frames(page.window);
    await new Promise((done) => setTimeout(done, 1000)); // as in the first test: time for a wrong load
    expect(renderedComments(added)).to.have.length(0);
    expect(added.shadowRoot?.querySelector('lar-comment-thread')).to.equal(null);
    added.scrollIntoView();
    await waitUntil(() => renderedComments(added).length === 3, 'the added widget never loaded', SLOW);
    // One definition, one copy of the widget's code.
    expect(scripts(requests(page)).filter((path) => path.includes('/chunks/define-'))).to.have.length(1);
  });
});

// The SDK instances this page opened end their streams cleanly (closeFirebaseApps says why).
after(closeFirebaseApps);
