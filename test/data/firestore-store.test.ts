/** FirestoreStore against the real emulators: the contract every store keeps, and what only Firestore does. */
import { expect, waitUntil } from '@open-wc/testing';
import { listAsOwner, writeAsOwner } from '../../scripts/firestore-rest.js';
import { commentDocument } from '../../src/data/documents.js';
import type { FirebaseSettings } from '../../src/data/firebase-settings.js';
import { FirestoreStore } from '../../src/data/firestore-store.js';
import { FIRST_READ_TIMEOUT_MS } from '../../src/data/rest/first-read.js';
import type { StoreError } from '../../src/data/store.js';
import { threadDocumentId } from '../../src/data/thread-id.js';
import { commentStoreContract, follow } from '../contract/comment-store.js';
import { authEmulator, firestoreEmulator, freshThread, stalledServer, testEnvironment } from '../support/environment.js';

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

const published = (name: string, text: string, createdAt: Date) =>
  commentDocument('someone', { name, text, email: '', website: '' }, createdAt);

const draft = { text: 'Hello there.', name: 'Ada', email: 'ada@example.com', website: '' };

/**
 * The reader's store, as every widget on a page with these settings shares it. Another reader has a
 * Firebase app of their own (other settings: another app ID), so they are another anonymous user.
 * Stores live as long as the page: a new one per test would keep adding open connections to the
 * emulator, and Chromium allows six per host.
 */
const readersStore = () => FirestoreStore.for(settings());
const otherReadersStore = () => FirestoreStore.for(settings({ appId: '1:000000000000:web:another-reader' }));

commentStoreContract('FirestoreStore (Firestore and Auth emulators)', {
  readersStore,
  otherReaderPosts: (threadKey, draft) => otherReadersStore().postComment(threadKey, draft),
  seed: async (threadKey, comments) => {
    await Promise.all(comments.map(({ id, name, text, createdAt }) => seed(threadKey, id, published(name, text, createdAt))));
  },
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
    await store.postComment(thread, draft);
    await waitUntil(() => watcher.latest()?.comments[0]?.pending === false, 'never confirmed', SLOW);
    watcher.stop();
    expect(watcher.seen.some(({ comments }) => comments[0]?.pending)).to.be.true;
    const id = watcher.latest()?.comments[0]?.id ?? '';
    const contact = await listAsOwner(firestoreEmulator(), testEnvironment.projectId, ['threads', threadDocumentId(thread), 'comments', id, 'private']);
    expect(contact).to.deep.equal(['contact']);
  });

  it('reads each comment once: the first read over REST, then only what changed', async () => {
    const thread = freshThread();
    await Promise.all([0, 1, 2].map((i) => seed(thread, `old-${i}`, published(`Reader ${i}`, `Comment ${i}.`, new Date(Date.UTC(2026, 10, 1, i))))));
    performance.clearMarks('leave-a-reply:read');
    const watcher = follow(readersStore(), thread);
    await waitUntil(() => watcher.latest()?.synced, 'no first answer', SLOW);
    // The live listener starts when the browser is idle; its first answer is empty.
    await waitUntil(() => reads().some((read) => read.via === 'listener'), 'the live listener never answered', SLOW);
    await otherReadersStore().postComment(thread, draft);
    await waitUntil(() => watcher.latest()?.comments.length === 4, 'the new comment never arrived', SLOW);
    watcher.stop();
    expect(reads()).to.deep.equal([
      { via: 'rest', documents: 3, initial: true },
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
        seed(thread, 'good', published('Ada', 'Good.', new Date('2026-11-01T10:00:00Z'))),
        seed(thread, 'held', { ...published('Spammer', 'Buy now', new Date('2026-11-03T10:00:00Z')), status: 'pending' }),
        seed(thread, 'no-text', { ...published('Broken', '', new Date('2026-11-04T10:00:00Z')), text: 42 }),
        seed(thread, 'no-author', { ...published('x', 'No author.', new Date('2026-11-05T10:00:00Z')), author: 'x' }),
        seed(thread, 'no-date', { ...published('x', 'No date.', new Date('2026-11-05T10:00:00Z')), createdAt: 'yesterday' }),
        seed(thread, 'odd-website', {
          ...published('Odd', 'Website is a number.', new Date('2026-11-06T10:00:00Z')),
          author: { uid: 'someone', name: 'Odd', website: 7, provider: 'guest' },
        }),
      ]);
      const watcher = follow(readersStore(), thread);
      await waitUntil(() => watcher.latest()?.synced, 'no answer', SLOW);
      watcher.stop();
      expect(watcher.latest()?.comments.map((c) => [c.id, c.author.website])).to.deep.equal([
        ['good', null],
        ['odd-website', null],
      ]);
      expect(warnings.filter((w) => w.includes('skipped the malformed comment'))).to.have.length(3);
    } finally {
      console.warn = original;
    }
  });

  it('says it is waiting for a connection when Firestore cannot be reached, and names no fix', async () => {
    // Port 9 (discard): nothing answers, as with the network down.
    const watcher = follow(FirestoreStore.for(settings({ firestoreEmulator: { host: '127.0.0.1', port: 9 } })), freshThread());
    await waitUntil(() => watcher.seen.length > 0, 'no answer', SLOW);
    watcher.stop();
    expect(watcher.latest()).to.deep.equal({ comments: [], synced: false });
    expect(watcher.errors).to.deep.equal([]);
  });

  it('stops waiting for a first read that stalls, and says it is waiting for a connection', async function () {
    this.timeout(FIRST_READ_TIMEOUT_MS + 10_000);
    const watcher = follow(FirestoreStore.for(settings({ firestoreEmulator: stalledServer() })), freshThread());
    await new Promise((done) => setTimeout(done, FIRST_READ_TIMEOUT_MS - 2000));
    expect(watcher.seen).to.deep.equal([]);
    await waitUntil(() => watcher.seen.length > 0, 'still loading after the timeout', { timeout: 5000 });
    watcher.stop();
    expect(watcher.latest()).to.deep.equal({ comments: [], synced: false });
    expect(watcher.errors).to.deep.equal([]);
  });

  it('reports the connection as lost when Auth cannot be reached', async () => {
    const store = FirestoreStore.for(settings({ authEmulator: { host: '127.0.0.1', port: 9 } }));
    const error = await store.postComment(freshThread(), draft).catch((e: unknown) => e);
    expect((error as StoreError).code).to.equal('offline');
  });
});
