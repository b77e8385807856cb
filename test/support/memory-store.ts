import { StoreError, type CommentStore, type ModerationAction, type PostAs, type ThreadListener, type ThreadSnapshot, type ThreadView, type ThreadWatch } from '../../src/data/store.js';
import {
  checkDraft,
  MAX_LEVELS,
  normalizeWebsite,
  TOP_LEVEL,
  type Comment,
  type CommentDraft,
  type CommentPlace,
  type HeldComment,
  type PublishedComment,
} from '../../src/model/comment.js';
import { heldOnPosting, type ModerationMode } from '../../src/model/moderation.js';
import { compareStamps } from '../../src/model/thread-tree.js';

/**
 * A store in memory, for tests of how components render and behave. It passes the same contract
 * suite as FirestoreStore (test/contract/comment-store.ts), so it cannot drift from the real thing;
 * behaviour that crosses Firestore is still tested against the emulators, never only here.
 */
export class MemoryStore implements CommentStore {
  readonly posted: Array<{ threadKey: string; draft: CommentDraft; place: CommentPlace }> = [];
  /** When set, the next post fails with it. */
  failNextPost: StoreError | null = null;
  /** How often a form asked the store to get ready to post. */
  preparations = 0;
  /** The site's moderation mode (settings/moderation). */
  mode: ModerationMode = 'publish-all';
  /** The reader (uid `reader`) is a moderator: they see the queue, their comments are never held, and they may moderate. */
  moderator = false;
  /** What moderators decided about authors, by uid (`trusted`, `blocked` in authors/{uid}). */
  readonly standings = new Map<string, { trusted?: boolean; blocked?: boolean }>();
  /**
   * When set, posts, edits, deletions and moderator actions show at once, as Firestore shows a write, but
   * answer only when it settles: a server that answers late.
   */
  answerLater: Promise<void> | null = null;
  /** Every moderator action, as the moderation log has them. */
  readonly log: Array<{ action: ModerationAction['kind']; threadKey: string; commentId: string | null; subject: string | null }> = [];
  readonly #threads = new Map<string, Comment[]>();
  readonly #settings = new Map<string, { closed: boolean; pinned: string | null }>();
  readonly #listeners = new Map<string, Set<ThreadListener>>();

  constructor(threads: Record<string, Comment[]> = {}) {
    for (const [key, comments] of Object.entries(threads)) this.#threads.set(key, comments);
  }

  /** How many watchThread subscriptions are open now, across all threads. */
  get openSubscriptions(): number {
    return [...this.#listeners.values()].reduce((sum, listeners) => sum + listeners.size, 0);
  }

  /** Every comment at once, in one page: paging is FirestoreStore's, tested against the emulator. */
  watchThread(threadKey: string, _view: ThreadView, listener: ThreadListener): ThreadWatch {
    const listeners = this.#listeners.get(threadKey) ?? new Set();
    this.#listeners.set(threadKey, listeners);
    listeners.add(listener);
    queueMicrotask(() => listeners.has(listener) && listener.next(this.#snapshot(threadKey)));
    return { loadMore: async () => {}, stop: () => void listeners.delete(listener) };
  }

  async postComment(
    threadKey: string,
    draft: CommentDraft,
    as: PostAs = { kind: 'guest', avatar: null },
    place: CommentPlace = TOP_LEVEL,
    honeypot = '',
  ): Promise<string> {
    this.posted.push({ threadKey, draft, place });
    this.#failIfAsked();
    // As the rules do: the hidden field is for bots.
    if (honeypot) throw new StoreError('rejected', 'The honeypot was filled.');
    // No accounts in memory: the picker's account flows are tested against the Auth emulator.
    if (as.kind === 'account') throw new StoreError('signed-out', 'MemoryStore has no accounts.');
    // What the security rules refuse, this store refuses (they cannot require an email: require-email is the widget's).
    if (Object.keys(checkDraft(draft, { as: 'guest', requireEmail: false })).length > 0) {
      throw new StoreError('rejected', 'The draft breaks the limits.');
    }
    if (place.parentId !== null && !this.#fitsUnder(threadKey, place)) {
      throw new StoreError('rejected', 'A reply needs a published parent in the same thread, one level above it.');
    }
    if (this.standings.get('reader')?.blocked) throw new StoreError('blocked', 'A moderator blocked the reader.');
    if (this.#settings.get(threadKey)?.closed) throw new StoreError('closed', 'A moderator closed the thread.');
    const author = { uid: 'reader', name: draft.name.trim(), website: normalizeWebsite(draft.website), provider: 'guest' as const, avatar: as.avatar };
    // As the rules' mayPublish decides.
    const held = heldOnPosting(draft.text.trim(), { mode: this.mode, trusted: this.standings.get('reader')?.trusted === true, moderator: this.moderator });
    // As Firestore does: the author sees it at once, pending, then confirmed.
    const added: Comment = { ...comment({ text: draft.text.trim(), author, createdAt: new Date(), ...place, pending: true }), ...(held && { status: 'pending' as const }) };
    this.add(threadKey, added);
    await Promise.resolve();
    await this.answerLater;
    this.#replace(threadKey, { ...added, pending: false });
    return added.id;
  }

  async editComment(threadKey: string, edited: PublishedComment, text: string): Promise<void> {
    this.#failIfAsked();
    this.#replace(threadKey, { ...edited, text: text.trim(), editedAt: new Date(), updatedAt: new Date() });
    await this.answerLater;
  }

  async deleteComment(threadKey: string, deleted: PublishedComment): Promise<void> {
    this.#failIfAsked();
    const { id, parentId, depth, rootCreatedAt, createdAt, createdStamp } = deleted;
    this.#replace(threadKey, { id, parentId, depth, rootCreatedAt, createdAt, createdStamp, updatedAt: new Date(), pending: false, status: 'deleted' });
    await this.answerLater;
  }

  async moderate(threadKey: string, action: ModerationAction): Promise<void> {
    this.#moderateNow(threadKey, action);
    await this.answerLater;
  }

  #moderateNow(threadKey: string, action: ModerationAction): void {
    this.#failIfAsked();
    if (!this.moderator) throw new StoreError('rejected', 'Only moderators moderate.');
    const target = 'comment' in action ? action.comment : null;
    this.log.push({ action: action.kind, threadKey, commentId: target?.id ?? null, subject: target?.author.uid ?? null });
    const settings = this.#settings.get(threadKey) ?? { closed: false, pinned: null };
    const standing = (uid: string, change: { trusted?: boolean; blocked?: boolean }) => this.standings.set(uid, { ...this.standings.get(uid), ...change });
    const status = (to: Comment['status']) => {
      const known = this.#threads.get(threadKey)?.find((candidate) => candidate.id === target?.id);
      if (!known || known.status === 'deleted') throw new StoreError('rejected', 'No such comment.');
      if (to === 'deleted') {
        const { id, parentId, depth, rootCreatedAt, createdAt, createdStamp } = known;
        this.#replace(threadKey, { id, parentId, depth, rootCreatedAt, createdAt, createdStamp, updatedAt: new Date(), pending: false, status: 'deleted' });
      } else {
        this.#replace(threadKey, { ...known, status: to, updatedAt: new Date() } as Comment);
      }
    };
    switch (action.kind) {
      case 'approve':
        status('published');
        standing(action.comment.author.uid, { trusted: true });
        break;
      case 'unapprove':
        return status('pending');
      case 'spam':
        return status('spam');
      case 'delete':
        return status('deleted');
      case 'block':
      case 'unblock':
        standing(action.comment.author.uid, { blocked: action.kind === 'block' });
        break;
      default:
        this.#settings.set(threadKey, {
          ...settings,
          ...(action.kind === 'pin' || action.kind === 'unpin'
            ? { pinned: action.kind === 'pin' ? action.comment.id : null }
            : { closed: action.kind === 'close' }),
        });
        this.#tell(threadKey);
    }
  }

  /** Nothing outlives a page here: the outbox is FirestoreStore's, tested against the emulator. */
  resumePost(): Promise<string> | null {
    return null;
  }

  prepareToPost(): void {
    this.preparations++;
  }

  /** Adds a comment as if someone else had posted it. */
  add(threadKey: string, added: Comment): void {
    this.#threads.set(threadKey, [...(this.#threads.get(threadKey) ?? []), added]);
    this.#tell(threadKey);
  }

  /** What the rules check of a reply's place (validReplyPlace in firestore.rules). */
  #fitsUnder(threadKey: string, place: CommentPlace): boolean {
    const parent = this.#threads.get(threadKey)?.find((known) => known.id === place.parentId);
    return (
      parent?.status === 'published' &&
      !parent.pending &&
      place.depth === parent.depth + 1 &&
      place.depth < MAX_LEVELS &&
      place.rootCreatedAt !== null &&
      compareStamps(place.rootCreatedAt, parent.rootCreatedAt ?? parent.createdStamp) === 0
    );
  }

  #replace(threadKey: string, changed: Comment): void {
    this.#threads.set(threadKey, (this.#threads.get(threadKey) ?? []).map((known) => (known.id === changed.id ? changed : known)));
    this.#tell(threadKey);
  }

  #tell(threadKey: string): void {
    for (const listener of this.#listeners.get(threadKey) ?? []) listener.next(this.#snapshot(threadKey));
  }

  /**
   * As the rules let the reader read: published and deleted comments, and their own pending ones; a
   * moderator also gets every held comment, as their queue.
   */
  #snapshot(threadKey: string): ThreadSnapshot {
    const all = this.#threads.get(threadKey) ?? [];
    const isHeld = (known: Comment): known is HeldComment => known.status === 'pending' || known.status === 'spam';
    const comments = all.filter((known) => !isHeld(known) || (!this.moderator && known.status === 'pending' && known.author.uid === 'reader'));
    const count = all.filter((known) => known.status === 'published').length;
    const { closed, pinned } = this.#settings.get(threadKey) ?? { closed: false, pinned: null };
    return { comments, more: null, count, synced: true, held: this.moderator ? all.filter(isHeld) : [], closed, pinned };
  }

  #failIfAsked(): void {
    if (!this.failNextPost) return;
    const error = this.failNextPost;
    this.failNextPost = null;
    throw error;
  }
}

let nextId = 1;

/** A published comment, top-level unless the overrides place it; its exact time follows `createdAt`. */
export function comment(overrides: Partial<PublishedComment> = {}): PublishedComment {
  const createdAt = overrides.createdAt ?? new Date('2026-11-20T10:30:00Z');
  return {
    id: `c${nextId++}`,
    ...TOP_LEVEL,
    status: 'published',
    author: { uid: 'someone', name: 'Ada', website: null, provider: 'guest', avatar: null },
    text: 'A comment.',
    createdAt,
    createdStamp: createdAt.toISOString(),
    updatedAt: createdAt,
    editedAt: null,
    pending: false,
    ...overrides,
  };
}

/**
 * The thread `/post`: two comments by others, a reply, one by the reader (uid `reader`, as READER in
 * test/support/accounts.ts), and one held for moderation.
 */
export function threadToModerate(): MemoryStore {
  const ada = comment({ id: 'ada', text: 'The <em>ending</em> was earned.', createdAt: new Date('2026-11-20T10:00:00Z') });
  return new MemoryStore({
    '/post': [
      ada,
      comment({ id: 'reply', text: 'Agreed.', parentId: 'ada', depth: 1, rootCreatedAt: ada.createdStamp, createdAt: new Date('2026-11-20T11:00:00Z'), author: { uid: 'alan', name: 'Alan', website: 'https://alan.example', provider: 'guest', avatar: null } }),
      comment({ id: 'mine', text: 'My own thought.', createdAt: new Date(), author: { uid: 'reader', name: 'Rea Der', website: null, provider: 'google', avatar: null } }),
      { ...comment({ id: 'held', text: 'Buy cheap pills.', author: { uid: 'bot', name: 'Bot', website: null, provider: 'guest', avatar: null } }), status: 'pending' },
    ],
  });
}
