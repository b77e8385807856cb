/**
 * What every CommentStore promises the widget, as one suite that runs against each store: the
 * in-memory store of the component tests (test/data/memory-store.test.ts) and FirestoreStore against
 * the emulators (test/data/firestore-store.test.ts). A fake that passed its own tests alone could
 * drift from the real thing; this keeps them honest.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { StoreError, type CommentStore } from '../../src/data/store.js';
import type { Comment, CommentDraft } from '../../src/model/comment.js';

export interface SeededComment {
  id: string;
  name: string;
  text: string;
  createdAt: Date;
}

export interface StoreHarness {
  /** A store as one reader's page has it. */
  readersStore(): CommentStore;
  /** Another reader, on another page, posts to the thread. */
  otherReaderPosts(threadKey: string, draft: CommentDraft): Promise<void>;
  /** Comments that were there before anyone opened the thread. */
  seed(threadKey: string, comments: SeededComment[]): Promise<void>;
  /** How long to wait for the store's answers. */
  timeout: number;
}

/** Follows a thread and keeps every list the store reports. */
export function follow(store: CommentStore, threadKey: string) {
  const seen: Array<{ comments: Comment[]; synced: boolean }> = [];
  const errors: StoreError[] = [];
  const stop = store.watchThread(threadKey, {
    next: (comments, { synced }) => seen.push({ comments, synced }),
    error: (error) => errors.push(error),
  });
  return { seen, errors, stop, latest: () => seen.at(-1) };
}

const freshThread = () => `/contract/${crypto.randomUUID()}`;
const draft: CommentDraft = { text: '  Hello there.  ', name: ' Ada ', email: 'ada@example.com', website: 'ada.example' };

export function commentStoreContract(name: string, harness: StoreHarness): void {
  const wait = (condition: () => unknown, message: string) => waitUntil(condition, message, { timeout: harness.timeout });

  describe(`${name}: the CommentStore contract`, () => {
    it('answers a thread without comments with an empty, synced list', async () => {
      const watcher = follow(harness.readersStore(), freshThread());
      await wait(() => watcher.latest()?.synced, 'no synced answer');
      watcher.stop();
      expect(watcher.latest()?.comments).to.deep.equal([]);
      expect(watcher.errors).to.deep.equal([]);
    });

    it('lists the comments oldest first, each thread its own', async () => {
      const thread = freshThread();
      await harness.seed(thread, [
        { id: 'second', name: 'Grace', text: 'Second.', createdAt: new Date('2026-11-02T10:00:00Z') },
        { id: 'first', name: 'Ada', text: 'First.', createdAt: new Date('2026-11-01T10:00:00Z') },
      ]);
      await harness.seed(freshThread(), [{ id: 'elsewhere', name: 'Other', text: 'Elsewhere.', createdAt: new Date('2026-11-01T09:00:00Z') }]);
      const watcher = follow(harness.readersStore(), thread);
      await wait(() => watcher.latest()?.synced, 'no synced answer');
      watcher.stop();
      expect(watcher.latest()?.comments.map((c) => [c.id, c.author.name, c.text, c.createdAt.toISOString()])).to.deep.equal([
        ['first', 'Ada', 'First.', '2026-11-01T10:00:00.000Z'],
        ['second', 'Grace', 'Second.', '2026-11-02T10:00:00.000Z'],
      ]);
    });

    it("shows the author's comment to its watchers, trimmed and normalised, confirmed in the end", async () => {
      const store = harness.readersStore();
      const thread = freshThread();
      const watcher = follow(store, thread);
      await wait(() => watcher.latest()?.synced, 'no synced answer');
      await store.postComment(thread, draft);
      await wait(() => watcher.latest()?.comments[0]?.pending === false, 'the comment was never confirmed');
      watcher.stop();
      const [comment, ...others] = watcher.latest()?.comments ?? [];
      expect(others).to.deep.equal([]);
      expect(comment?.author).to.deep.equal({ name: 'Ada', website: 'https://ada.example/', provider: 'guest', avatar: null });
      expect(comment?.text).to.equal('Hello there.');
      expect(Math.abs((comment?.createdAt.getTime() ?? 0) - Date.now())).to.be.below(60_000);
    });

    it("delivers another reader's comment live, after the ones already there", async () => {
      const thread = freshThread();
      await harness.seed(thread, [{ id: 'old', name: 'Ada', text: 'Already here.', createdAt: new Date('2026-11-01T10:00:00Z') }]);
      const watcher = follow(harness.readersStore(), thread);
      await wait(() => watcher.latest()?.synced, 'no synced answer');
      await harness.otherReaderPosts(thread, { ...draft, name: 'Grace', text: 'Hello from another page.' });
      await wait(() => watcher.latest()?.comments.length === 2 && !watcher.latest()?.comments[1]?.pending, 'the new comment never arrived');
      watcher.stop();
      expect(watcher.latest()?.comments.map((c) => c.text)).to.deep.equal(['Already here.', 'Hello from another page.']);
    });

    it('stops telling a watcher anything once it has unsubscribed', async () => {
      const thread = freshThread();
      const watcher = follow(harness.readersStore(), thread);
      await wait(() => watcher.latest()?.synced, 'no synced answer');
      watcher.stop();
      const answers = watcher.seen.length;
      await harness.otherReaderPosts(thread, draft);
      // The other reader's post has landed; a listener still attached would have heard by now.
      const check = follow(harness.readersStore(), thread);
      await wait(() => check.latest()?.comments.length === 1 && !check.latest()?.comments[0]?.pending, 'the post never landed');
      check.stop();
      expect(watcher.seen.length).to.equal(answers);
    });

    it('refuses a draft over the limits with a StoreError "rejected", and only that', async () => {
      const error = await harness
        .readersStore()
        .postComment(freshThread(), { ...draft, text: 'x'.repeat(5001) })
        .catch((e: unknown) => e);
      expect(error).to.be.instanceOf(StoreError);
      expect((error as StoreError).code).to.equal('rejected');
    });
  });
}
