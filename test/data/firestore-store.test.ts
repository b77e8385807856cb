/** FirestoreStore against the real emulators: the contract every store keeps, and what only Firestore does. */
import { expect, waitUntil } from '@open-wc/testing';
import { listAsOwner, writeAsOwner } from '../../scripts/firestore-rest.js';
import { commentDocument, deletedCommentDocument } from '../../src/data/documents.js';
import type { FirebaseSettings } from '../../src/data/firebase-settings.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { FirebaseAccounts } from '../../src/data/firebase-accounts.js';
import { FirestoreStore } from '../../src/data/firestore-store.js';
import { FIRST_READ_TIMEOUT_MS } from '../../src/data/rest/request.js';
import { StoreError, type ThreadView } from '../../src/data/store.js';
import { threadDocumentId } from '../../src/data/thread-id.js';
import { TOP_LEVEL } from '../../src/model/comment.js';
import { commentStoreContract, follow, outline, published, type Outline } from '../contract/comment-store.js';
import { seedThreadDocument } from '../support/conversation.js';
import { authEmulator, closeFirebaseApps, firestoreEmulator, freshThread, stalledServer, testEnvironment } from '../support/environment.js';

const SLOW = { timeout: 15000 };

function settings(overrides: Partial<FirebaseSettings> = {}) {
  return {
    projectId: testEnvironment.projectId,
    apiKey: 'demo-api-key',
    authDomain: `${testEnvironment.projectId}.firebaseapp.com`,
    firestoreEmulator: firestoreEmulator(),
    authEmulator: authEmulator(),
    ...overrides,
  };
}

const seed = (thread: string, id: string, data: Record<string, unknown>) =>
  writeAsOwner(firestoreEmulator(), testEnvironment.projectId, ['threads', threadDocumentId(thread), 'comments', id], data);

/** A reply's place as the seed stores it: `rootCreatedAt` is its top-level comment's `createdAt` Date, exactly. */
type SeedPlace = { parentId: string; depth: number; rootCreatedAt: Date };

const publishedDocument = (name: string, text: string, createdAt: Date, place?: SeedPlace) =>
  commentDocument('someone', { name, text, email: '', website: '' }, createdAt, null, place ?? TOP_LEVEL);

const draft = { text: 'Hello there.', name: 'Ada', email: 'ada@example.com', website: '' };

/**
 * The reader's store, as every widget on a page with these settings shares it. Another reader has a
 * Firebase app of their own (other settings: another app ID), so they are another anonymous user.
 * Stores live as long as the page: a new one per test would keep adding open connections to the
 * emulator, and Chromium allows six per host.
 */
const readersStore = () => FirestoreStore.for(settings());
const otherReadersStore = () => FirestoreStore.for(settings({ appId: '1:000000000000:web:another-reader' }));

/**
 * A moderator's page: a Firebase app of its own, signed in (through the accounts' seam) to a Google
 * account given the `moderator` claim as `npx leave-a-reply moderators add` gives it, then signed in
 * again for a token that carries it.
 */
let moderator: Promise<FirestoreStore> | null = null;
function moderatorsStore(): Promise<FirestoreStore> {
  moderator ??= (async () => {
    const own = settings({ appId: `1:000000000000:web:moderator-${crypto.randomUUID()}` });
    const account = { sub: crypto.randomUUID(), email: 'moderator@example.com', email_verified: true, name: 'Mo Derator' };
    const accounts = FirebaseAccounts.for(own);
    const seam = async () => JSON.stringify(account);
    await accounts.signIn('google', { seam });
    // The accounts call a watcher at once: it stops once it has heard of the account.
    const watching: Array<() => void> = [];
    const uid = await new Promise<string>((done) => watching.push(accounts.watch((signedIn) => signedIn && done(signedIn.uid))));
    for (const stop of watching) stop();
    await executeServerCommand('set-claims', { uid, claims: { moderator: true } });
    await accounts.signOut();
    await accounts.signIn('google', { seam });
    return FirestoreStore.for(own);
  })();
  return moderator;
}

commentStoreContract('FirestoreStore (Firestore and Auth emulators)', {
  readersStore,
  otherReaderPosts: (threadKey, draft) => otherReadersStore().postComment(threadKey, draft),
  seed: async (threadKey, comments) => {
    await seedThreadDocument(threadKey);
    await Promise.all(
      comments.map(({ id, name, text, createdAt, place, deleted }) =>
        seed(threadKey, id, deleted ? deletedCommentDocument({ ...(place ?? TOP_LEVEL), createdAt }, createdAt) : publishedDocument(name, text, createdAt, place)),
      ),
    );
  },
  moderatorDoes: async (threadKey, action) => (await moderatorsStore()).moderate(threadKey, action),
  timeout: 15000,
});

/** The `leave-a-reply:read` marks the store left in the page's performance timeline. */
const reads = () =>
  performance.getEntriesByName('leave-a-reply:read').map((mark) => (mark as PerformanceMark).detail as { via: string; documents: number; initial: boolean });

describe('FirestoreStore (Firestore and Auth emulators)', () => {
  it('shows the author their comment at once as pending, then confirmed, and stores its private contact', async () => {
    const store = readersStore();
    const thread = freshThread();
    const watcher = follow(store, thread);
    await waitUntil(() => watcher.latest()?.synced, 'no first answer', SLOW);
    const id = await store.postComment(thread, draft);
    await waitUntil(() => watcher.find(id)?.pending === false, 'never confirmed', SLOW);
    watcher.stop();
    expect(watcher.seen.some(({ comments }) => comments.some((comment) => comment.id === id && comment.pending))).to.be.true;
    const contact = await listAsOwner(firestoreEmulator(), testEnvironment.projectId, ['threads', threadDocumentId(thread), 'comments', id, 'private']);
    expect(contact).to.deep.equal(['contact']);
  });

  it('reads each comment once: the first read over REST, then only what changed', async () => {
    const thread = freshThread();
    await Promise.all([0, 1, 2].map((i) => seed(thread, `old-${i}`, publishedDocument(`Reader ${i}`, `Comment ${i}.`, new Date(Date.UTC(2026, 10, 1, i))))));
    performance.clearMarks('leave-a-reply:read');
    const watcher = follow(readersStore(), thread);
    await waitUntil(() => watcher.latest()?.synced, 'no first answer', SLOW);
    // The live listener starts when the browser is idle; its first answer is empty.
    await waitUntil(() => reads().some((read) => read.via === 'listener'), 'the live listener never answered', SLOW);
    await otherReadersStore().postComment(thread, draft);
    await waitUntil(() => watcher.latest()?.comments.length === 4, 'the new comment never arrived', SLOW);
    watcher.stop();
    expect(reads()).to.deep.equal([
      // Three comments, one read for the replies query that finds none, and no count: a thread
      // shown whole is counted by what it shows.
      { via: 'rest', documents: 4, initial: true },
      { via: 'listener', documents: 0, initial: true },
      { via: 'listener', documents: 1, initial: false },
    ]);
  });

  it('leaves out other statuses and malformed documents, and says which it skipped', async () => {
    const thread = freshThread();
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      await Promise.all([
        seed(thread, 'good', publishedDocument('Ada', 'Good.', new Date('2026-11-01T10:00:00Z'))),
        seed(thread, 'held', { ...publishedDocument('Spammer', 'Buy now', new Date('2026-11-03T10:00:00Z')), status: 'pending' }),
        seed(thread, 'no-text', { ...publishedDocument('Broken', '', new Date('2026-11-04T10:00:00Z')), text: 42 }),
        seed(thread, 'no-author', { ...publishedDocument('x', 'No author.', new Date('2026-11-05T10:00:00Z')), author: 'x' }),
        seed(thread, 'no-date', { ...publishedDocument('x', 'No date.', new Date('2026-11-05T10:00:00Z')), createdAt: 'yesterday' }),
        seed(thread, 'odd-website', {
          ...publishedDocument('Odd', 'Website is a number.', new Date('2026-11-06T10:00:00Z')),
          author: { uid: 'someone', name: 'Odd', website: 7, provider: 'guest' },
        }),
      ]);
      const watcher = follow(readersStore(), thread);
      await waitUntil(() => watcher.latest()?.synced, 'no answer', SLOW);
      watcher.stop();
      expect(watcher.shown().map((c) => [c.id, published(c).author.website])).to.deep.equal([
        ['good', null],
        ['odd-website', null],
      ]);
      expect(warnings.filter((w) => w.includes('skipped the malformed comment'))).to.have.length(3);
    } finally {
      console.warn = original;
    }
  });

  it('says Firestore could not be reached when nothing listens, and sends no snapshot that would hide it', async () => {
    // Port 9 (discard): nothing listens, as with a server that is down; the browser thinks it is online.
    const watcher = follow(FirestoreStore.for(settings({ firestoreEmulator: { host: '127.0.0.1', port: 9 } })), freshThread());
    await waitUntil(() => watcher.errors.length > 0, 'no answer', SLOW);
    // The SDK's listener, started meanwhile, reports only that it is offline: no "Waiting for a connection…".
    await new Promise((done) => setTimeout(done, 2000));
    watcher.stop();
    expect(watcher.errors.map((error) => error.code)).to.deep.equal(['offline']);
    expect(watcher.seen).to.deep.equal([]);
  });

  it('gives up on a first read that stalls after FIRST_READ_TIMEOUT_MS, not before, with an "offline" error', async function () {
    this.timeout(FIRST_READ_TIMEOUT_MS + 10_000);
    const watcher = follow(FirestoreStore.for(settings({ firestoreEmulator: stalledServer() })), freshThread());
    await new Promise((done) => setTimeout(done, FIRST_READ_TIMEOUT_MS - 2000));
    expect(watcher.seen).to.deep.equal([]);
    expect(watcher.errors).to.deep.equal([]);
    await waitUntil(() => watcher.errors.length > 0, 'still loading after the timeout', { timeout: 5000 });
    watcher.stop();
    expect(watcher.errors.map((error) => error.code)).to.deep.equal(['offline']);
    expect(watcher.seen).to.deep.equal([]);
  });

  it('keeps a post that cannot reach Auth waiting in the outbox, pending, instead of failing it', async () => {
    const store = FirestoreStore.for(settings({ authEmulator: { host: '127.0.0.1', port: 9 } }));
    const thread = freshThread();
    let settled = false;
    store.postComment(thread, draft).then(() => (settled = true), () => (settled = true));
    const watcher = follow(store, thread);
    await waitUntil(() => watcher.latest()?.comments.some((comment) => comment.pending && comment.status === 'published'), 'the post shows pending', { timeout: 15000 });
    // Signing in failed at once (nothing listens on port 9), and the post is still waiting for the connection.
    await new Promise((done) => setTimeout(done, 2000));
    expect(settled).to.equal(false);
    const outbox = Object.keys(localStorage).filter((key) => key.startsWith('leave-a-reply:outbox:'));
    expect(outbox.map((key) => JSON.parse(localStorage.getItem(key) ?? '[]').length)).to.deep.equal([1]);
    watcher.stop();
  });
});

/**
 * Ten top-level comments an hour apart, some with replies, one of those written after every
 * top-level comment (a reply belongs to its top-level comment's page, whenever it was written).
 * In pages of 3, t9 (oldest first) and t0 (newest first) are the extra top-level comment a page reads
 * to know that another follows: they have replies, which must wait for their own page.
 */
const hour = (h: number) => new Date(Date.UTC(2026, 10, 1, h));
const TOP = Array.from({ length: 10 }, (_, i) => ({ id: `t${i}`, createdAt: hour(i) }));
const REPLIES: Array<{ id: string; parent: string; root: number; depth: number; createdAt: Date }> = [
  { id: 'r0a', parent: 't0', root: 0, depth: 1, createdAt: new Date(Date.UTC(2026, 10, 1, 0, 10)) },
  { id: 'r0b', parent: 'r0a', root: 0, depth: 2, createdAt: new Date(Date.UTC(2026, 10, 20)) },
  { id: 'r2a', parent: 't2', root: 2, depth: 1, createdAt: new Date(Date.UTC(2026, 10, 1, 2, 30)) },
  { id: 'r4a', parent: 't4', root: 4, depth: 1, createdAt: new Date(Date.UTC(2026, 10, 1, 4, 10)) },
  { id: 'r4b', parent: 't4', root: 4, depth: 1, createdAt: new Date(Date.UTC(2026, 10, 1, 4, 20)) },
  { id: 'r7a', parent: 't7', root: 7, depth: 1, createdAt: new Date(Date.UTC(2026, 10, 1, 7, 10)) },
  { id: 'r7aa', parent: 'r7a', root: 7, depth: 2, createdAt: new Date(Date.UTC(2026, 10, 1, 7, 20)) },
  { id: 'r9a', parent: 't9', root: 9, depth: 1, createdAt: new Date(Date.UTC(2026, 10, 1, 9, 10)) },
];
/** The whole thread as a reader sees it, oldest first; replies always run oldest first. */
const OLDEST_OUTLINE: Outline = [
  ['t0', [['r0a', ['r0b']]]],
  't1',
  ['t2', ['r2a']],
  't3',
  ['t4', ['r4a', 'r4b']],
  't5',
  't6',
  ['t7', [['r7a', ['r7aa']]]],
  't8',
  ['t9', ['r9a']],
];
/** Each reply's top-level comment. */
const ROOT_OF = new Map(REPLIES.map((reply) => [reply.id, `t${reply.root}`]));

async function seedPagedThread(): Promise<string> {
  const thread = freshThread();
  await Promise.all([
    ...TOP.map(({ id, createdAt }) => seed(thread, id, publishedDocument(`Reader ${id}`, `Comment ${id}.`, createdAt))),
    ...REPLIES.map(({ id, parent, root, depth, createdAt }) =>
      seed(thread, id, publishedDocument(`Reader ${id}`, `Reply ${id}.`, createdAt, { parentId: parent, depth, rootCreatedAt: hour(root) })),
    ),
  ]);
  return thread;
}

describe('FirestoreStore: pages of top-level comments with their replies (emulators)', () => {
  type Watcher = ReturnType<typeof follow>;

  /** Every reply read so far hangs under a top-level comment the reader sees: none of an unloaded page. */
  function expectNoStrayReplies(watcher: Watcher) {
    const shownTopLevel = new Set(watcher.tree().map((node) => node.comment.id));
    const replies = watcher.latest()?.comments.filter((comment) => comment.parentId !== null) ?? [];
    for (const reply of replies) expect(shownTopLevel, `${reply.id} arrived without its top-level comment`).to.include(ROOT_OF.get(reply.id));
  }

  /** Loads page after page until the last, checking each; returns how many pages it loaded. */
  async function loadToTheEnd(watcher: Watcher, pageSize: number, order: ThreadView['order']) {
    const expected = order === 'oldest' ? OLDEST_OUTLINE : [...OLDEST_OUTLINE].reverse();
    let pages = 1;
    while (watcher.latest()?.more) {
      await watcher.watch.loadMore();
      pages++;
      expect(outline(watcher.tree()), `page ${pages}`).to.deep.equal(expected.slice(0, pages * pageSize));
      expectNoStrayReplies(watcher);
      expect(pages, 'more pages than the thread has').to.be.at.most(TOP.length);
    }
    return pages;
  }

  function expectEveryCommentOnce(watcher: Watcher) {
    const shown = watcher.shown().map((comment) => comment.id);
    expect(shown).to.have.members([...TOP.map(({ id }) => id), ...REPLIES.map(({ id }) => id)]);
    expect(new Set(watcher.latest()?.comments.map((comment) => comment.id)).size).to.equal(watcher.latest()?.comments.length);
  }

  it('pages top-level comments oldest first, each with its replies, until the last page', async () => {
    const thread = await seedPagedThread();
    const watcher = follow(readersStore(), thread, { order: 'oldest', pageSize: 3 });
    await waitUntil(() => watcher.latest()?.synced, 'no first answer', SLOW);
    const [first] = watcher.seen;
    expect(outline(watcher.tree(first))).to.deep.equal(OLDEST_OUTLINE.slice(0, 3));
    expect(first?.more?.id).to.equal('t2');
    expect(Date.parse(first?.more?.createdStamp ?? '')).to.equal(hour(2).getTime());
    expect(first?.count).to.equal(TOP.length + REPLIES.length);
    expectNoStrayReplies(watcher);

    expect(await loadToTheEnd(watcher, 3, 'oldest')).to.equal(4);
    watcher.stop();
    expect(watcher.latest()?.more).to.equal(null);
    expect(outline(watcher.tree())).to.deep.equal(OLDEST_OUTLINE);
    expectEveryCommentOnce(watcher);
    expect(watcher.errors).to.deep.equal([]);
  });

  it('pages newest first, with replies still oldest first under their parent', async () => {
    const thread = await seedPagedThread();
    const watcher = follow(readersStore(), thread, { order: 'newest', pageSize: 3 });
    await waitUntil(() => watcher.latest()?.synced, 'no first answer', SLOW);
    expect(outline(watcher.tree())).to.deep.equal([['t9', ['r9a']], 't8', ['t7', [['r7a', ['r7aa']]]]]);
    expect(watcher.latest()?.more?.id).to.equal('t7');
    expectNoStrayReplies(watcher);

    expect(await loadToTheEnd(watcher, 3, 'newest')).to.equal(4);
    watcher.stop();
    expect(outline(watcher.tree())).to.deep.equal([...OLDEST_OUTLINE].reverse());
    expectEveryCommentOnce(watcher);
  });

  it("opens at a permalink's reply on the third page: the first snapshot holds it and every page before it", async () => {
    const thread = await seedPagedThread();
    const watcher = follow(readersStore(), thread, { order: 'oldest', pageSize: 3, focus: 'r7aa' });
    await waitUntil(() => watcher.latest()?.synced, 'no first answer', SLOW);
    const [first] = watcher.seen;
    expect(first?.synced).to.be.true;
    expect(watcher.shown(first).map((comment) => comment.id)).to.include('r7aa');
    // Pages one to three (t0 to t8), whole, and a fourth still to load.
    expect(outline(watcher.tree(first))).to.deep.equal(OLDEST_OUTLINE.slice(0, 9));
    expect(first?.more?.id).to.equal('t8');
    expectNoStrayReplies(watcher);

    await watcher.watch.loadMore();
    watcher.stop();
    expect(watcher.latest()?.more).to.equal(null);
    expect(outline(watcher.tree())).to.deep.equal(OLDEST_OUTLINE);
    expectEveryCommentOnce(watcher);
  });

  it('opens at the first page when the permalink names no comment of the thread', async () => {
    const thread = await seedPagedThread();
    const watcher = follow(readersStore(), thread, { order: 'oldest', pageSize: 3, focus: 'no-such-comment' });
    await waitUntil(() => watcher.latest()?.synced || watcher.errors.length > 0, 'no first answer', SLOW);
    watcher.stop();
    expect(watcher.errors.map((error) => `${error.code}: ${error.message}`)).to.deep.equal([]);
    expect(outline(watcher.tree())).to.deep.equal(OLDEST_OUTLINE.slice(0, 3));
  });

  it("reads per page what it shows: one top-level comment more than the page, the shown ones' replies, and the count", async () => {
    const thread = await seedPagedThread();
    performance.clearMarks('leave-a-reply:read');
    const watcher = follow(readersStore(), thread, { order: 'oldest', pageSize: 3 });
    await waitUntil(() => watcher.latest()?.synced, 'no first answer', SLOW);
    while (watcher.latest()?.more) await watcher.watch.loadMore();
    watcher.stop();
    expect(reads().filter((read) => read.via === 'rest')).to.deep.equal([
      // Pages of 3: (3 + 1) top-level comments, then the replies of the three shown; the first also counts (1).
      { via: 'rest', documents: 4 + 3 + 1, initial: true }, // t0–t3; r0a, r0b, r2a; the count
      { via: 'rest', documents: 4 + 2, initial: false }, // t3–t6; r4a, r4b
      { via: 'rest', documents: 4 + 2, initial: false }, // t6–t9; r7a, r7aa
      { via: 'rest', documents: 1 + 1, initial: false }, // t9; r9a
    ]);
  });
});

describe('FirestoreStore: closed threads (emulators)', () => {
  const closeThread = (thread: string, closed: boolean) =>
    writeAsOwner(firestoreEmulator(), testEnvironment.projectId, ['threads', threadDocumentId(thread)], { closed });

  it('refuses a new comment in a thread the site owner closed, with a StoreError "closed"', async () => {
    const thread = freshThread();
    await closeThread(thread, true);
    const error = await readersStore()
      .postComment(thread, draft)
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(StoreError);
    expect((error as StoreError).code).to.equal('closed');
  });

  it('accepts it where the thread document says the thread is open', async () => {
    const thread = freshThread();
    await closeThread(thread, false);
    const id = await readersStore().postComment(thread, draft);
    expect(id).to.be.a('string').and.not.equal('');
  });
});

// The SDK instances this page opened end their streams cleanly (closeFirebaseApps says why).
after(closeFirebaseApps);
