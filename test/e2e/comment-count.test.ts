/**
 * <leave-a-reply-count> on an index page, as a site owner deploys it (the built script tag from
 * dist/cdn/, built by npm test before this suite), against the Firestore emulator: each post's count
 * of published comments, replies included, in one request per count, without the widget's code.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { threadDocumentId } from '../../src/data/thread-id.js';
import { seedConversation, type Seeded } from '../support/conversation.js';
import { firestoreEmulator, freshThread, testEnvironment } from '../support/environment.js';
import { closePages } from '../support/pages.js';

type Queries = typeof import('shadow-dom-testing-library');
const SLOW = { timeout: 15000 };

interface Post {
  title: string;
  count: Record<string, string>;
  fallback?: string;
  far?: boolean;
}

interface IndexPage {
  frame: HTMLIFrameElement;
  window: Window & { larConsole: Array<{ level: 'error' | 'warn'; text: string }> };
  document: Document;
  queries: Queries;
}

async function openIndexPage(posts: Post[]): Promise<IndexPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px; border: 0';
  frame.src = `/test/support/index-page.html?${new URLSearchParams({ posts: JSON.stringify(posts) })}`;
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  document.body.append(frame);
  await loaded;
  return inFrame(frame);
}

/** Reloads the index page, as a reader coming back to it would. */
async function reload(page: IndexPage): Promise<IndexPage> {
  const loaded = new Promise((done) => page.frame.addEventListener('load', done, { once: true }));
  page.window.location.reload();
  await loaded;
  return inFrame(page.frame);
}

async function inFrame(frame: HTMLIFrameElement): Promise<IndexPage> {
  const view = frame.contentWindow as IndexPage['window'] & { larQueries?: Queries };
  const page = frame.contentDocument!;
  // The testing library must run in the page's own realm (see test/support/pages.ts).
  const script = page.createElement('script');
  script.type = 'module';
  script.textContent = `import * as queries from '/__prebundled__/shadow-dom-testing-library.js'; window.larQueries = queries;`;
  page.head.append(script);
  await waitUntil(() => view.larQueries && Symbol.for('leave-a-reply.loader') in view, 'the page or its loader never ran');
  return { frame, window: view, document: page, queries: view.larQueries! };
}

const emulatorHost = () => `${firestoreEmulator().host}:${firestoreEmulator().port}`;
const requests = (page: IndexPage) => page.window.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
const toFirestore = (page: IndexPage) =>
  requests(page)
    .filter((entry) => entry.name.includes(emulatorHost()))
    .map((entry) => decodeURIComponent(new URL(entry.name).pathname));
/** The page's scripts, without the test server's own, chunk hashes left out. */
const scripts = (page: IndexPage) =>
  requests(page)
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('.js') && !path.startsWith('/__'))
    .map((path) => path.replace(/-[\w-]{8}\.js$/, '.js'));

function countAttributes(thread: string): Record<string, string> {
  return {
    thread,
    'project-id': testEnvironment.projectId,
    'api-key': 'demo-api-key',
    'firestore-emulator': testEnvironment.firestoreEmulator ?? '',
  };
}

/** The link a reader sees in a post's meta line, by its accessible name. */
const commentsLink = (page: IndexPage, name: string) => page.queries.queryByShadowRole(page.document.body, 'link', { name });
const waitForLink = (page: IndexPage, name: string) =>
  waitUntil(() => commentsLink(page, name), `no link "${name}"; the links say: ${linkNames(page).join(' | ')}`, SLOW);
const linkNames = (page: IndexPage) =>
  [...page.document.querySelectorAll('a[href="#comments"]')].map((link) => link.textContent?.trim() ?? '');

let written = 0;
const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 0, minute));

/** One comment, written past the rules as the seed does; a reply when `parent` is given. */
async function comment(thread: string, id: string, parent?: Seeded): Promise<Seeded> {
  const seeded = { id, name: `Reader ${id}`, text: `Comment ${id}.`, createdAt: at(written++), parent };
  await seedConversation(thread, [seeded]);
  return seeded;
}

/** What an author's deletion leaves of a comment: its place, status "deleted". */
const deleteComment = (thread: string, stored: Seeded) => seedConversation(thread, [{ ...stored, deleted: true }]);

describe('<leave-a-reply-count> on an index page, as built (Firestore emulator)', () => {
  afterEach(closePages);

  it('shows each post\'s published comments, replies included and deleted ones not, with one request each and no widget', async () => {
    const [empty, one, conversation] = [freshThread(), freshThread(), freshThread()];
    await comment(one, 'only');
    // Two top-level comments, a reply, a reply to the reply, and a deleted comment: four to count.
    const first = await comment(conversation, 'first');
    await comment(conversation, 'second');
    const reply = await comment(conversation, 'reply', first);
    await comment(conversation, 'reply-to-reply', reply);
    await deleteComment(conversation, await comment(conversation, 'regretted'));

    const page = await openIndexPage([
      { title: 'Empty', count: countAttributes(empty) },
      { title: 'Quiet', count: countAttributes(one) },
      { title: 'Busy', count: countAttributes(conversation) },
    ]);

    await waitForLink(page, 'No Comments on Empty');
    await waitForLink(page, '1 Comment on Quiet');
    await waitForLink(page, '4 Comments on Busy');
    // Plain text in the site owner's link: nothing else a reader or a screen reader has to deal with.
    expect(page.document.querySelector('leave-a-reply-count')!.innerHTML).to.equal('No Comments');

    const counted = toFirestore(page).filter((path) => path.endsWith(':runAggregationQuery'));
    expect(counted.map((path) => path.split('/documents/threads/')[1]).sort()).to.deep.equal(
      [empty, one, conversation].map((thread) => `${threadDocumentId(thread)}:runAggregationQuery`).sort(),
    );
    expect(toFirestore(page)).to.have.length(3);
    // The loader and the count element: not the widget, no Lit, no Firebase.
    expect(scripts(page)).to.deep.equal(['/dist/cdn/leave-a-reply.js', '/dist/cdn/chunks/count.js']);
    expect(page.window.customElements.get('leave-a-reply')).to.equal(undefined);
    const preconnects = [...page.document.head.querySelectorAll<HTMLLinkElement>('link[rel="preconnect"]')].map((link) => link.href);
    expect(preconnects).to.deep.equal([`http://${emulatorHost()}/`]);
  });

  it('counts a post only when it comes near the viewport', async () => {
    const [near, far] = [freshThread(), freshThread()];
    await Promise.all([comment(near, 'n1'), comment(far, 'f1'), comment(far, 'f2')]);
    const page = await openIndexPage([
      { title: 'Near', count: countAttributes(near) },
      { title: 'Far', count: countAttributes(far), far: true },
    ]);
    await waitForLink(page, '1 Comment on Near');
    // A count that should not be fetched would have arrived by now, as the near one has.
    await new Promise((done) => setTimeout(done, 1000));
    expect(commentsLink(page, 'Comments on Far')).to.not.equal(null);
    expect(toFirestore(page)).to.have.length(1);

    page.document.querySelectorAll('leave-a-reply-count')[1]!.scrollIntoView();
    await waitForLink(page, '2 Comments on Far');
    expect(toFirestore(page)).to.have.length(2);
  });

  it('counts again after new comments, replies and deletions, and follows a new thread attribute', async () => {
    const [thread, other] = [freshThread(), freshThread()];
    const first = await comment(thread, 'first');
    const second = await comment(thread, 'second');
    const page = await openIndexPage([{ title: 'Post', count: countAttributes(thread) }]);
    await waitForLink(page, '2 Comments on Post');

    // Elsewhere, readers reply twice and post once, and an author deletes their comment.
    await comment(thread, 'reply', first);
    await comment(thread, 'reply-2', second);
    await comment(thread, 'third');
    await deleteComment(thread, second);
    const again = await reload(page);
    await waitForLink(again, '4 Comments on Post');

    // The site owner's script points the element at another post: the site owner's text while it
    // loads, then that post's count, with one more request.
    await comment(other, 'elsewhere');
    const count = again.document.querySelector('leave-a-reply-count')!;
    count.setAttribute('thread', other);
    await Promise.resolve(); // the element looks at its attributes once, in a microtask
    expect(count.textContent).to.equal('Comments');
    await waitForLink(again, '1 Comment on Post');
    // The same value again costs nothing.
    count.setAttribute('thread', other);
    await new Promise((done) => setTimeout(done, 300));
    expect(toFirestore(again)).to.have.length(2);
  });

  it('takes a post\'s address as its thread, as the post\'s own widget names it', async () => {
    const thread = freshThread();
    await comment(thread, 'only');
    const page = await openIndexPage([
      { title: 'By path', count: countAttributes(`${thread}/`) },
      { title: 'By URL', count: countAttributes(`https://blog.example${thread}/index.html#comments`) },
    ]);
    await waitForLink(page, '1 Comment on By path');
    await waitForLink(page, '1 Comment on By URL');
  });

  it('keeps the site owner\'s text when there is no count, and says why in the console', async () => {
    const page = await openIndexPage([
      { title: 'No project', count: { ...countAttributes(freshThread()), 'project-id': '' }, fallback: 'Discuss' },
      { title: 'No thread', count: { ...countAttributes(''), 'firestore-emulator': 'not an address' }, fallback: 'Discuss' },
      { title: 'Unreachable', count: { ...countAttributes(freshThread()), 'firestore-emulator': '127.0.0.1:9' }, fallback: 'Discuss' },
    ]);
    const told = () => page.window.larConsole.map(({ level, text }) => `${level}: ${text}`);
    await waitUntil(() => told().length >= 4, `the console says: ${told().join('\n')}`, SLOW);
    expect(told()).to.have.members([
      'error: leave-a-reply: The "project-id" attribute is missing. Add project-id="your-project-id" to <leave-a-reply-count>; ' +
        'the ID is in the Firebase console under Project settings → General.',
      'error: leave-a-reply: firestore-emulator="not an address" is not a host and port. Write it as ' +
        'firestore-emulator="127.0.0.1:8080", or remove the attribute to use the real Firebase project.',
      'error: leave-a-reply: The "thread" attribute of <leave-a-reply-count> is missing. Add the post\'s address, such as ' +
        'thread="/2026/11/a-review/", or the thread="…" of the post\'s own <leave-a-reply> if it has one.',
      told().find((line) => line.startsWith('warn: leave-a-reply: The comment count of thread "/test/'))!,
    ]);
    expect(told().find((line) => line.startsWith('warn:'))).to.match(/could not be loaded\. The comments server could not be reached\.$/);
    for (const title of ['No project', 'No thread', 'Unreachable']) {
      expect(commentsLink(page, `Discuss on ${title}`), title).to.not.equal(null);
    }
  });
});
