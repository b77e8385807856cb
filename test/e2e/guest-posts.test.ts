/**
 * The whole product as readers use it: real pages in Chromium, the widget's real Firestore and Auth
 * code, the real emulators with the project's rules.
 */
import { expect } from '@open-wc/testing';
import { initializeApp } from 'firebase/app';
import { collection, connectFirestoreEmulator, doc, getDoc, getDocs, getFirestore, query, where } from 'firebase/firestore';
import { listAsOwner } from '../../scripts/firestore-rest.js';
import { threadDocumentId } from '../../src/data/thread-id.js';
import { closeFirebaseApps, emulatorAttributes, firestoreEmulator, freshThread, testEnvironment } from '../support/environment.js';
import { closePages, openBlogPage, reload, type BlogPage } from '../support/pages.js';
import { renderedComments } from '../support/queries.js';
import { clearSavedDrafts } from '../support/storage.js';
import { acceptDialogs, click, type } from '../support/user.js';

const TITLE = 'The Lighthouse Keeper';
const SLOW = { timeout: 15000 };

/** Another client, signed in as nobody: what any stranger on the internet can read. */
function strangersFirestore() {
  const app = initializeApp({ projectId: testEnvironment.projectId, apiKey: 'demo-api-key' }, `stranger-${crypto.randomUUID()}`);
  const db = getFirestore(app);
  const { host, port } = firestoreEmulator();
  connectFirestoreEmulator(db, host, port);
  return db;
}

const field = (page: BlogPage, name: string) =>
  page.queries.findByShadowRole(page.widget, 'textbox', { name }) as Promise<HTMLInputElement>;

async function fillIn(page: BlogPage, draft: { comment?: string; name?: string; email?: string; website?: string }) {
  if (draft.comment) await type(await field(page, 'Comment'), draft.comment);
  if (draft.name) await type(await field(page, 'Name'), draft.name);
  if (draft.email) await type(await field(page, 'Email'), draft.email);
  if (draft.website) await type(await field(page, 'Website'), draft.website);
}

const post = async (page: BlogPage) => click(await page.queries.findByShadowRole(page.widget, 'button', { name: 'Post Comment' }));

const shown = (page: BlogPage, count: string) =>
  page.queries.findByShadowRole(page.widget, 'heading', { name: `${count} on “${TITLE}”` }, SLOW);

// Text, not a RegExp or a function: those from this realm fail the page's `instanceof` checks.
const says = (page: BlogPage, text: string, options = { exact: true }) =>
  page.queries.findByShadowText(page.widget, text, options, SLOW);

describe('A guest leaves a reply (Firestore and Auth emulators)', () => {
  let thread: string;
  let attributes: Record<string, string>;

  beforeEach(() => {
    clearSavedDrafts();
    thread = freshThread();
    attributes = { ...emulatorAttributes(), thread, 'post-title': TITLE };
  });

  afterEach(closePages);

  it('posts; the author sees it at once, a second page of the thread without a reload, another thread never', async () => {
    const author = await openBlogPage(attributes);
    const reader = await openBlogPage(attributes);
    const elsewhere = await openBlogPage({ ...attributes, thread: freshThread() });
    for (const page of [author, reader, elsewhere]) await shown(page, 'No thoughts yet');

    await fillIn(author, {
      comment: 'What a <em>beautiful</em> film.\n\nThe last shot stayed with me.',
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      website: 'ada.example',
    });
    await post(author);
    const postedAt = Date.now();

    expect(await says(author, 'Your comment was posted.')).to.exist;
    expect((await field(author, 'Comment')).value).to.equal('');
    await shown(author, 'One thought');

    await shown(reader, 'One thought');
    // The reader has the thread on screen: the new comment waits until they ask for it.
    await click(await reader.queries.findByShadowRole(reader.widget, 'button', { name: '1 new comment' }, SLOW));
    await says(reader, 'The last shot stayed with me.');
    const [comment] = renderedComments(reader.widget);
    const name = await reader.queries.findByShadowRole(reader.widget, 'link', { name: 'Ada Lovelace' });
    expect(name.getAttribute('href')).to.equal('https://ada.example/');
    const time = comment?.querySelector('time');
    const date = new Date(time?.dateTime ?? '');
    expect(Math.abs(date.getTime() - postedAt)).to.be.below(60_000);
    // Recent: relative ("now", "2 minutes ago"), the date and time in full in its title.
    expect(time?.textContent).to.match(/^(now|\d+ minutes? ago)$/);
    expect(time?.title).to.equal(new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(date));
    const paragraphs = [...(comment?.querySelectorAll('.content p') ?? [])].map((p) => p.innerHTML);
    expect(paragraphs).to.deep.equal(['What a <em>beautiful</em> film.', 'The last shot stayed with me.']);

    await shown(elsewhere, 'No thoughts yet');
    expect(elsewhere.queries.queryAllByShadowRole(elsewhere.widget, 'listitem')).to.have.length(0);
  });

  it('stores the email where no other reader can read it', async () => {
    const page = await openBlogPage(attributes);
    await fillIn(page, { comment: 'Private, please.', name: 'Grace', email: 'grace@example.com' });
    await post(page);
    await says(page, 'Your comment was posted.');

    const db = strangersFirestore();
    const comments = await getDocs(
      query(collection(db, 'threads', threadDocumentId(thread), 'comments'), where('status', '==', 'published')),
    );
    expect(comments.size).to.equal(1);
    const [stored] = comments.docs;
    expect(JSON.stringify(stored?.data())).not.to.contain('grace@example.com');
    expect(stored?.data()['author']).to.include({ name: 'Grace', website: null, provider: 'guest' });

    let refused = '';
    await getDoc(doc(db, stored?.ref.path ?? '', 'private', 'contact')).catch((error: { code: string }) => (refused = error.code));
    expect(refused).to.equal('permission-denied');
  });

  it('refuses an incomplete form with messages, and writes nothing', async () => {
    const page = await openBlogPage(attributes);
    await shown(page, 'No thoughts yet');
    await fillIn(page, { comment: 'No name given.', email: 'not-an-email' });
    await post(page);
    expect(await says(page, 'Please enter your name.')).to.exist;
    expect(await says(page, 'Please enter a valid email address, such as name@example.com.')).to.exist;

    const stored = await listAsOwner(firestoreEmulator(), testEnvironment.projectId, ['threads', threadDocumentId(thread), 'comments']);
    expect(stored).to.deep.equal([]);
  });

  it('says when a post waits for the connection, and keeps it and the text through a reload', async () => {
    // Port 9 (discard): nothing listens, so signing in fails as it would with the network down.
    const page = await openBlogPage({ ...attributes, 'auth-emulator': '127.0.0.1:9' });
    await fillIn(page, { comment: 'Written on a train.', name: 'Ada', email: 'ada@example.com' });
    await post(page);

    const status = await says(page, 'Your comment is saved in this browser', { exact: false });
    expect(status.getAttribute('role')).to.equal('status');
    expect(await says(page, 'Pending')).to.exist;
    expect((await field(page, 'Comment')).value).to.equal('Written on a train.');

    const reloaded = await reload(page);
    // The browser asked first ("Leave site?"), and the reader said yes.
    expect(await acceptDialogs()).to.include('beforeunload');
    expect((await field(reloaded, 'Comment')).value).to.equal('Written on a train.');
    expect((await field(reloaded, 'Name')).value).to.equal('Ada');
    expect(await says(reloaded, 'Pending')).to.exist;
  });
});

// The SDK instances this page opened end their streams cleanly (closeFirebaseApps says why).
after(closeFirebaseApps);
