/**
 * What every CommentStore promises the widget, as one suite that runs against each store: the
 * in-memory store of the component tests (test/data/memory-store.test.ts) and FirestoreStore against
 * the emulators (test/data/firestore-store.test.ts). A fake that passed its own tests alone could
 * drift from the real thing; this keeps them honest.
 *
 * Paging is FirestoreStore's alone (the memory store answers in one page); its tests are beside the
 * Firestore suite.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { StoreError, type CommentStore, type ModerationAction, type ThreadSnapshot, type ThreadView } from '../../src/data/store.js';
import { DEFAULT_LEVELS, replyPlace, type Comment, type CommentDraft, type PublishedComment } from '../../src/model/comment.js';
import { shownComments, threadTree, type ThreadNode } from '../../src/model/thread-tree.js';

export interface SeededComment {
  id: string;
  name: string;
  text: string;
  createdAt: Date;
  /** A reply's place; `rootCreatedAt` is its top-level comment's `createdAt`, exactly. Top level when absent. */
  place?: { parentId: string; depth: number; rootCreatedAt: Date };
  /** What an author's deletion left (no name, no text), instead of a published comment. */
  deleted?: boolean;
}

export interface StoreHarness {
  /** A store as one reader's page has it. */
  readersStore(): CommentStore;
  /** Another reader, on another page, posts to the thread; resolves with the new comment's ID. */
  otherReaderPosts(threadKey: string, draft: CommentDraft): Promise<string>;
  /** Comments that were there before anyone opened the thread. */
  seed(threadKey: string, comments: SeededComment[]): Promise<void>;
  /** A moderator, on a page of their own, does `action` (their store's moderate). */
  moderatorDoes(threadKey: string, action: ModerationAction): Promise<void>;
  /** How long to wait for the store's answers. */
  timeout: number;
}

/** The widget's default view: oldest first, pages of 50. */
export const OLDEST_FIRST: ThreadView = { order: 'oldest', pageSize: 50 };

/** Follows a thread as `view` says and keeps every snapshot the store reports. */
export function follow(store: CommentStore, threadKey: string, view: ThreadView = OLDEST_FIRST) {
  const seen: ThreadSnapshot[] = [];
  const errors: StoreError[] = [];
  const watch = store.watchThread(threadKey, view, {
    next: (snapshot) => seen.push(snapshot),
    error: (error) => errors.push(error),
  });
  const latest = () => seen.at(-1);
  /** What a reader sees of a snapshot (the latest by default): threadTree, as the widget calls it. */
  const tree = (snapshot = latest(), levels = DEFAULT_LEVELS): ThreadNode[] =>
    snapshot ? threadTree(snapshot.comments, { order: view.order, more: snapshot.more, levels, pinned: snapshot.pinned }) : [];
  return {
    seen,
    errors,
    watch,
    stop: () => watch.stop(),
    latest,
    tree,
    /** The comments that show, top to bottom. */
    shown: (snapshot = latest()) => shownComments(tree(snapshot)),
    /** The latest snapshot's copy of a comment. */
    find: (id: string) => latest()?.comments.find((comment) => comment.id === id),
  };
}

/** A tree as IDs: a comment without replies is its ID, one with replies is [ID, its replies]. */
export type Outline = Array<string | [string, Outline]>;

export function outline(nodes: readonly ThreadNode[]): Outline {
  return nodes.map(({ comment, replies }) => (replies.length > 0 ? [comment.id, outline(replies)] : comment.id));
}

/** The comment as published, or a failed test saying what it was instead. */
export function published(comment: Comment | undefined): PublishedComment {
  if (comment?.status !== 'published') throw new Error(`Expected a published comment, got ${JSON.stringify(comment)}.`);
  return comment;
}

const freshThread = () => `/contract/${crypto.randomUUID()}`;
const draft: CommentDraft = { text: '  Hello there.  ', name: ' Ada ', email: 'ada@example.com', website: 'ada.example' };
const confirmed = (comment: Comment | undefined) => comment !== undefined && !comment.pending;

export function commentStoreContract(name: string, harness: StoreHarness): void {
  /** Waits for `condition`; a timeout says `message`, with what was seen instead when that is a function. */
  const wait = async (condition: () => unknown, message: string | (() => string)) => {
    try {
      await waitUntil(condition, typeof message === 'string' ? message : 'timed out', { timeout: harness.timeout });
    } catch (error) {
      if (typeof message === 'string') throw error;
      throw new Error(`Timeout: ${message()}`, { cause: error });
    }
  };

  describe(`${name}: the CommentStore contract`, function () {
    // Several round trips each (post, confirm, recount) against the emulators.
    this.timeout(harness.timeout * 3);

    it('answers a thread without comments with an empty, synced, counted snapshot: open, nothing pinned, nothing held', async () => {
      const watcher = follow(harness.readersStore(), freshThread());
      await wait(() => watcher.latest()?.synced && watcher.latest()?.count !== null, () => `no synced, counted answer: ${JSON.stringify(watcher.seen)}, ${watcher.errors}`);
      watcher.stop();
      // Closed is null until the store has read the thread's own document: open either way.
      const { closed, ...rest } = watcher.latest()!;
      expect(rest).to.deep.equal({ comments: [], more: null, count: 0, synced: true, held: [], pinned: null });
      expect(closed).not.to.equal(true);
      expect(watcher.errors).to.deep.equal([]);
    });

    it('holds a comment with more links than allowed, for its author alone to see, and a moderator\'s approval publishes it', async () => {
      const store = harness.readersStore();
      const thread = freshThread();
      const watcher = follow(store, thread);
      await wait(() => watcher.latest()?.synced, 'no synced answer');
      const id = await store.postComment(thread, { ...draft, text: 'See https://a.example, https://b.example and https://c.example' });
      await wait(() => confirmed(watcher.find(id)) && watcher.find(id)?.status === 'pending', () => `never confirmed as held: ${JSON.stringify(watcher.find(id))}`);
      // Shown in place to its author; not counted among the published.
      expect(watcher.shown().map((comment) => comment.id)).to.deep.equal([id]);
      await wait(() => watcher.latest()?.count === 0, 'the held comment was counted');

      const held = watcher.find(id);
      if (held?.status !== 'pending') throw new Error('not held');
      await harness.moderatorDoes(thread, { kind: 'approve', comment: held });
      await wait(() => confirmed(watcher.find(id)) && watcher.find(id)?.status === 'published', () => `never published: ${JSON.stringify(watcher.find(id))}`);
      await wait(() => watcher.latest()?.count === 1, 'the approved comment was never counted');
      watcher.stop();
      expect(watcher.errors).to.deep.equal([]);
    });

    it('follows a moderator\'s pin and close: the pinned comment first, a closed thread refusing posts with "closed"', async () => {
      const thread = freshThread();
      await harness.seed(thread, [
        { id: 'first', name: 'Ada', text: 'First.', createdAt: new Date('2026-11-01T10:00:00Z') },
        { id: 'second', name: 'Grace', text: 'Second.', createdAt: new Date('2026-11-02T10:00:00Z') },
      ]);
      const store = harness.readersStore();
      const watcher = follow(store, thread);
      await wait(() => watcher.latest()?.synced, 'no synced answer');
      await harness.moderatorDoes(thread, { kind: 'pin', comment: published(watcher.find('second')) });
      await wait(() => watcher.latest()?.pinned === 'second', 'the pin never reached the watcher');
      expect(outline(watcher.tree())).to.deep.equal(['second', 'first']);

      await harness.moderatorDoes(thread, { kind: 'close' });
      await wait(() => watcher.latest()?.closed === true, 'the closing never reached the watcher');
      const refused = await store.postComment(thread, draft).catch((error: unknown) => error);
      expect((refused as StoreError).code).to.equal('closed');
      await harness.moderatorDoes(thread, { kind: 'reopen' });
      await wait(() => watcher.latest()?.closed === false, 'the reopening never reached the watcher');
      watcher.stop();
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
      expect(watcher.latest()?.more).to.equal(null);
      expect(watcher.shown().map((c) => [c.id, published(c).author.name, published(c).text, c.createdAt.toISOString()])).to.deep.equal([
        ['first', 'Ada', 'First.', '2026-11-01T10:00:00.000Z'],
        ['second', 'Grace', 'Second.', '2026-11-02T10:00:00.000Z'],
      ]);
      expect(watcher.latest()?.comments.map((c) => [c.id, c.parentId, c.depth, c.rootCreatedAt, published(c).editedAt])).to.have.deep.members([
        ['first', null, 0, null, null],
        ['second', null, 0, null, null],
      ]);
    });

    it("shows the author's comment to its watchers, trimmed and normalised, confirmed in the end, and resolves with its ID", async () => {
      const store = harness.readersStore();
      const thread = freshThread();
      const watcher = follow(store, thread);
      await wait(() => watcher.latest()?.synced, 'no synced answer');
      const id = await store.postComment(thread, draft);
      await wait(() => confirmed(watcher.find(id)), 'the comment was never confirmed');
      watcher.stop();
      const [comment, ...others] = watcher.latest()?.comments ?? [];
      expect(others).to.deep.equal([]);
      const { uid, ...author } = published(comment).author;
      expect(uid).to.be.a('string').and.not.equal('');
      expect(author).to.deep.equal({ name: 'Ada', website: 'https://ada.example/', provider: 'guest', avatar: null });
      expect(published(comment).text).to.equal('Hello there.');
      expect(published(comment).editedAt).to.equal(null);
      expect([comment?.parentId, comment?.depth, comment?.rootCreatedAt]).to.deep.equal([null, 0, null]);
      expect(Math.abs((comment?.createdAt.getTime() ?? 0) - Date.now())).to.be.below(60_000);
      expect(Date.parse(comment?.createdStamp ?? '')).to.equal(comment?.createdAt.getTime());
    });

    it("delivers another reader's comment live, after the ones already there", async () => {
      const thread = freshThread();
      await harness.seed(thread, [{ id: 'old', name: 'Ada', text: 'Already here.', createdAt: new Date('2026-11-01T10:00:00Z') }]);
      const watcher = follow(harness.readersStore(), thread);
      await wait(() => watcher.latest()?.synced, 'no synced answer');
      const id = await harness.otherReaderPosts(thread, { ...draft, name: 'Grace', text: 'Hello from another page.' });
      await wait(() => confirmed(watcher.find(id)), 'the new comment never arrived');
      watcher.stop();
      expect(watcher.shown().map((c) => published(c).text)).to.deep.equal(['Already here.', 'Hello from another page.']);
    });

    it('stops telling a watcher anything once it has stopped', async () => {
      const thread = freshThread();
      const watcher = follow(harness.readersStore(), thread);
      await wait(() => watcher.latest()?.synced, 'no synced answer');
      watcher.stop();
      const answers = watcher.seen.length;
      const id = await harness.otherReaderPosts(thread, draft);
      // The other reader's post has landed; a listener still attached would have heard by now.
      const check = follow(harness.readersStore(), thread);
      await wait(() => confirmed(check.find(id)), 'the post never landed');
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

    it('delivers replies with their place, and threadTree nests them under their parent', async () => {
      const thread = freshThread();
      const rootCreatedAt = new Date('2026-11-01T10:00:00Z');
      await harness.seed(thread, [
        { id: 'parent', name: 'Ada', text: 'A question.', createdAt: rootCreatedAt },
        { id: 'later', name: 'Grace', text: 'Another topic.', createdAt: new Date('2026-11-02T10:00:00Z') },
      ]);
      const store = harness.readersStore();
      const watcher = follow(store, thread);
      await wait(() => watcher.latest()?.synced, 'no synced answer');
      const parent = watcher.find('parent');
      const place = parent && replyPlace(parent, DEFAULT_LEVELS);
      expect(place).to.deep.equal({ parentId: 'parent', depth: 1, rootCreatedAt: parent?.createdStamp });

      const reply = await store.postComment(thread, { ...draft, text: 'An answer.' }, undefined, place ?? undefined);
      await wait(() => confirmed(watcher.find(reply)), 'the reply never reached its watcher');
      const replyComment = watcher.find(reply);
      expect([replyComment?.parentId, replyComment?.depth, Date.parse(replyComment?.rootCreatedAt ?? '')]).to.deep.equal([
        'parent',
        1,
        rootCreatedAt.getTime(),
      ]);

      // A reply to the reply: one level deeper, under the same top-level comment.
      const nestedPlace = replyComment && replyPlace(replyComment, DEFAULT_LEVELS);
      const nested = await store.postComment(thread, { ...draft, text: 'Thanks.' }, undefined, nestedPlace ?? undefined);
      await wait(() => confirmed(watcher.find(nested)), 'the reply to the reply never reached its watcher');
      const nestedComment = watcher.find(nested);
      expect([nestedComment?.parentId, nestedComment?.depth, nestedComment?.rootCreatedAt]).to.deep.equal([
        reply,
        2,
        replyComment?.rootCreatedAt,
      ]);
      expect(outline(watcher.tree())).to.deep.equal([['parent', [[reply, [nested]]]], 'later']);
      // With two levels, the reply to the reply follows its ancestor at the last level, as WordPress shows it.
      expect(outline(watcher.tree(watcher.latest(), 2))).to.deep.equal([['parent', [reply, nested]], 'later']);
      watcher.stop();

      // A reader who opens the thread now reads the replies with their top-level comment.
      const newcomer = follow(harness.readersStore(), thread);
      await wait(() => newcomer.latest()?.synced, 'no synced answer for the newcomer');
      newcomer.stop();
      expect(outline(newcomer.tree())).to.deep.equal([['parent', [[reply, [nested]]]], 'later']);
      expect(newcomer.find(nested)?.rootCreatedAt).to.satisfy((stamp: string) => Date.parse(stamp) === rootCreatedAt.getTime());
    });

    it('delivers seeded replies, and a reply to a comment at the last level goes beside it', async () => {
      const thread = freshThread();
      const root = new Date('2026-11-01T10:00:00Z');
      await harness.seed(thread, [
        { id: 'top', name: 'Ada', text: 'Top.', createdAt: root },
        { id: 'reply', name: 'Grace', text: 'Reply.', createdAt: new Date('2026-11-01T11:00:00Z'), place: { parentId: 'top', depth: 1, rootCreatedAt: root } },
      ]);
      const store = harness.readersStore();
      const watcher = follow(store, thread);
      await wait(() => watcher.latest()?.synced, 'no synced answer');
      const seeded = watcher.find('reply');
      expect([seeded?.parentId, seeded?.depth, Date.parse(seeded?.rootCreatedAt ?? '')]).to.deep.equal(['top', 1, root.getTime()]);
      // Two levels: "reply" is at the limit, so an answer to it attaches under "top", at depth 1.
      const place = seeded && replyPlace(seeded, 2);
      expect(place).to.deep.equal({ parentId: 'top', depth: 1, rootCreatedAt: seeded?.rootCreatedAt });
      const beside = await store.postComment(thread, { ...draft, text: 'Beside.' }, undefined, place ?? undefined);
      await wait(() => confirmed(watcher.find(beside)), 'the reply never reached its watcher');
      watcher.stop();
      expect(outline(watcher.tree(watcher.latest(), 2))).to.deep.equal([['top', ['reply', beside]]]);
    });

    it('refuses a reply whose parent is not a published comment of the thread, with "rejected"', async () => {
      const thread = freshThread();
      const root = new Date('2026-11-01T10:00:00Z');
      await harness.seed(thread, [{ id: 'gone', name: '', text: '', createdAt: root, deleted: true }]);
      const store = harness.readersStore();
      const rootCreatedAt = root.toISOString();
      for (const parentId of ['missing', 'gone']) {
        const error = await store.postComment(thread, draft, undefined, { parentId, depth: 1, rootCreatedAt }).catch((e: unknown) => e);
        expect(error, parentId).to.be.instanceOf(StoreError);
        expect((error as StoreError).code, parentId).to.equal('rejected');
      }
    });

    it("changes the text of the author's comment and says when it was edited", async () => {
      const store = harness.readersStore();
      const thread = freshThread();
      const watcher = follow(store, thread);
      await wait(() => watcher.latest()?.synced, 'no synced answer');
      const id = await store.postComment(thread, draft);
      await wait(() => confirmed(watcher.find(id)), 'the comment was never confirmed');
      const original = published(watcher.find(id));

      await store.editComment(thread, original, '  Hello again, corrected.  ');
      await wait(() => {
        const found = watcher.find(id);
        return found?.status === 'published' && found.text === 'Hello again, corrected.' && !found.pending && found.editedAt;
      }, 'the edit never reached the watcher');
      watcher.stop();
      const edited = published(watcher.find(id));
      expect(edited.editedAt!.getTime()).to.be.at.least(original.createdAt.getTime());
      expect(Math.abs(edited.editedAt!.getTime() - Date.now())).to.be.below(60_000);
      expect(edited.updatedAt.getTime()).to.be.at.least(original.updatedAt.getTime());
      // Everything else stays as it was.
      expect([edited.author, edited.createdStamp, edited.parentId, edited.depth]).to.deep.equal([
        original.author,
        original.createdStamp,
        original.parentId,
        original.depth,
      ]);

      const newcomer = follow(harness.readersStore(), thread);
      await wait(() => newcomer.latest()?.synced, 'no synced answer for the newcomer');
      newcomer.stop();
      expect(published(newcomer.find(id)).text).to.equal('Hello again, corrected.');
      expect(published(newcomer.find(id)).editedAt).to.be.instanceOf(Date);
    });

    it('leaves a deleted comment without author or text, shown only while it has replies', async () => {
      const store = harness.readersStore();
      const thread = freshThread();
      const watcher = follow(store, thread);
      await wait(() => watcher.latest()?.synced, 'no synced answer');
      const parentId = await store.postComment(thread, { ...draft, text: 'To be deleted.' });
      await wait(() => confirmed(watcher.find(parentId)), 'the comment was never confirmed');
      const parent = published(watcher.find(parentId));
      const replyId = await store.postComment(thread, { ...draft, text: 'A reply that stays.' }, undefined, replyPlace(parent, DEFAULT_LEVELS) ?? undefined);
      await wait(() => confirmed(watcher.find(replyId)), 'the reply was never confirmed');

      await store.deleteComment(thread, parent);
      await wait(() => watcher.find(parentId)?.status === 'deleted' && confirmed(watcher.find(parentId)), 'the deletion never reached the watcher');
      const deleted = watcher.find(parentId);
      expect(deleted).not.to.have.property('author');
      expect(deleted).not.to.have.property('text');
      expect([deleted?.parentId, deleted?.depth, deleted?.rootCreatedAt, deleted?.createdStamp]).to.deep.equal([null, 0, null, parent.createdStamp]);
      // Its reply keeps its place under it.
      expect(outline(watcher.tree())).to.deep.equal([[parentId, [replyId]]]);
      expect(watcher.tree()[0]?.comment.status).to.equal('deleted');

      // Once its last reply is deleted too, nothing of either shows.
      await store.deleteComment(thread, published(watcher.find(replyId)));
      await wait(() => watcher.find(replyId)?.status === 'deleted' && confirmed(watcher.find(replyId)), 'the second deletion never arrived');
      watcher.stop();
      expect(outline(watcher.tree())).to.deep.equal([]);

      const newcomer = follow(harness.readersStore(), thread);
      await wait(() => newcomer.latest()?.synced, 'no synced answer for the newcomer');
      newcomer.stop();
      expect(newcomer.latest()?.comments.map((c) => [c.id, c.status])).to.have.deep.members([
        [parentId, 'deleted'],
        [replyId, 'deleted'],
      ]);
      expect(newcomer.latest()?.comments.every((c) => !('author' in c) && !('text' in c))).to.be.true;
      expect(newcomer.tree()).to.deep.equal([]);
    });

    it('counts the published comments, replies included, deleted ones not, and follows posts and deletions', async () => {
      const thread = freshThread();
      const root = new Date('2026-11-01T10:00:00Z');
      await harness.seed(thread, [
        { id: 'kept', name: 'Ada', text: 'Kept.', createdAt: new Date('2026-11-01T09:00:00Z') },
        { id: 'deleted', name: '', text: '', createdAt: root, deleted: true },
        { id: 'reply', name: 'Grace', text: 'Still here.', createdAt: new Date('2026-11-01T11:00:00Z'), place: { parentId: 'deleted', depth: 1, rootCreatedAt: root } },
      ]);
      const store = harness.readersStore();
      const watcher = follow(store, thread);
      const counted = (count: number) => wait(() => watcher.latest()?.count === count, () => `the count never became ${count} (it is ${watcher.latest()?.count})`);
      await wait(() => watcher.latest()?.synced, 'no synced answer');
      await counted(2);
      expect(outline(watcher.tree())).to.deep.equal(['kept', ['deleted', ['reply']]]);

      const mine = await store.postComment(thread, draft);
      await counted(3);
      const reply = await store.postComment(thread, draft, undefined, replyPlace(published(watcher.find('kept')), DEFAULT_LEVELS) ?? undefined);
      await counted(4);
      await harness.otherReaderPosts(thread, draft);
      await counted(5);
      await wait(() => confirmed(watcher.find(mine)) && confirmed(watcher.find(reply)), 'the posts were never confirmed');
      await store.deleteComment(thread, published(watcher.find(reply)));
      await counted(4);
      await store.deleteComment(thread, published(watcher.find(mine)));
      await counted(3);
      watcher.stop();
      expect(watcher.errors).to.deep.equal([]);
    });
  });
}
