/** FirestoreStore against the real emulators: what the components rely on, at the data layer. */
import { expect, waitUntil } from '@open-wc/testing';
import { listAsOwner, writeAsOwner } from '../../scripts/firestore-rest.js';
import type { Comment } from '../../src/data/comment.js';
import { FirestoreStore } from '../../src/data/firestore-store.js';
import { StoreError } from '../../src/data/store.js';
import { threadDocumentId } from '../../src/data/thread-id.js';
import { firestoreEmulator, freshThread, testEnvironment } from '../support/environment.js';

function settings(overrides: { authEmulator?: { host: string; port: number } } = {}) {
  const [host = '', port = ''] = (testEnvironment.authEmulator ?? '').split(':');
  return {
    projectId: testEnvironment.projectId,
    apiKey: 'demo-api-key',
    authDomain: `${testEnvironment.projectId}.firebaseapp.com`,
    firestoreEmulator: firestoreEmulator(),
    authEmulator: { host, port: Number(port) },
    ...overrides,
  };
}

/** Follows a thread and keeps every list the store reports. */
function follow(store: FirestoreStore, thread: string) {
  const seen: Array<{ comments: Comment[]; synced: boolean }> = [];
  const errors: StoreError[] = [];
  const stop = store.watchThread(thread, {
    next: (comments, { synced }) => seen.push({ comments, synced }),
    error: (error) => errors.push(error),
  });
  return { seen, errors, stop, latest: () => seen.at(-1) };
}

const draft = { text: '  Hello there.  ', name: ' Ada ', email: 'ada@example.com', website: 'ada.example' };

const seed = (thread: string, id: string, data: Record<string, unknown>) =>
  writeAsOwner(firestoreEmulator(), testEnvironment.projectId, ['threads', threadDocumentId(thread), 'comments', id], data);

const published = (name: string, text: string, createdAt: Date) => ({
  author: { uid: 'someone', name, website: null, provider: 'guest' },
  text,
  status: 'published',
  parentId: null,
  depth: 0,
  createdAt,
});

describe('FirestoreStore (Firestore and Auth emulators)', () => {
  it('posts a comment that watchers see at once as pending, then confirmed, trimmed and normalised', async () => {
    const store = new FirestoreStore(settings());
    const thread = freshThread();
    const watcher = follow(store, thread);
    await waitUntil(() => watcher.latest()?.synced, 'no first answer from the server', { timeout: 15000 });
    expect(watcher.latest()?.comments).to.deep.equal([]);

    await store.postComment(thread, draft);
    await waitUntil(() => watcher.latest()?.comments[0]?.pending === false, 'never confirmed', { timeout: 15000 });
    expect(watcher.seen.some(({ comments }) => comments[0]?.pending)).to.be.true;
    const [comment] = watcher.latest()?.comments ?? [];
    expect(comment?.author).to.deep.equal({ name: 'Ada', website: 'https://ada.example/', provider: 'guest' });
    expect(comment?.text).to.equal('Hello there.');
    watcher.stop();

    const contact = await listAsOwner(firestoreEmulator(), testEnvironment.projectId, [
      'threads', threadDocumentId(thread), 'comments', comment?.id ?? '', 'private',
    ]);
    expect(contact).to.deep.equal(['contact']);
  });

  it('lists published comments oldest first, leaving out other statuses, other threads and malformed documents', async () => {
    const thread = freshThread();
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      await Promise.all([
        seed(thread, 'second', published('Grace', 'Second.', new Date('2026-11-02T10:00:00Z'))),
        seed(thread, 'first', published('Ada', 'First.', new Date('2026-11-01T10:00:00Z'))),
        seed(thread, 'held', { ...published('Spammer', 'Buy now', new Date('2026-11-03T10:00:00Z')), status: 'pending' }),
        seed(thread, 'no-text', { ...published('Broken', '', new Date('2026-11-04T10:00:00Z')), text: 42 }),
        seed(thread, 'no-author', { ...published('x', 'No author.', new Date('2026-11-05T10:00:00Z')), author: 'x' }),
        seed(thread, 'odd-website', {
          ...published('Odd', 'Website is a number.', new Date('2026-11-06T10:00:00Z')),
          author: { uid: 'someone', name: 'Odd', website: 7, provider: 'guest' },
        }),
        seed(freshThread(), 'elsewhere', published('Other', 'Another thread.', new Date('2026-11-01T09:00:00Z'))),
      ]);
      const watcher = follow(new FirestoreStore(settings()), thread);
      await waitUntil(() => watcher.latest()?.synced, 'no answer', { timeout: 15000 });
      watcher.stop();
      expect(watcher.latest()?.comments.map((c) => [c.id, c.text, c.author.website])).to.deep.equal([
        ['first', 'First.', null],
        ['second', 'Second.', null],
        ['odd-website', 'Website is a number.', null],
      ]);
      expect(warnings.filter((w) => w.includes('skipped the malformed comment'))).to.have.length(2);
    } finally {
      console.warn = original;
    }
  });

  it('rejects a comment the rules refuse, saying so', async () => {
    const store = new FirestoreStore(settings());
    // The form would never send this; an old or modified page might.
    const error = await store.postComment(freshThread(), { ...draft, text: 'x'.repeat(5001) }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(StoreError);
    expect((error as StoreError).code).to.equal('rejected');
  });

  it('reports the connection as lost when Auth cannot be reached', async () => {
    const store = new FirestoreStore(settings({ authEmulator: { host: '127.0.0.1', port: 9 } }));
    const error = await store.postComment(freshThread(), draft).catch((e: unknown) => e);
    expect((error as StoreError).code).to.equal('offline');
  });
});
