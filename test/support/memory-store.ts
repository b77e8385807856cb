import { StoreError, type CommentStore, type PostAs, type ThreadListener, type Unsubscribe } from '../../src/data/store.js';
import { checkDraft, normalizeWebsite, type Comment, type CommentDraft } from '../../src/model/comment.js';

/**
 * A store in memory, for tests of how components render and behave. It passes the same contract
 * suite as FirestoreStore (test/contract/comment-store.ts), so it cannot drift from the real thing;
 * behaviour that crosses Firestore is still tested against the emulators, never only here.
 */
export class MemoryStore implements CommentStore {
  readonly posted: Array<{ threadKey: string; draft: CommentDraft }> = [];
  /** When set, the next post fails with it. */
  failNextPost: StoreError | null = null;
  /** How often a form asked the store to get ready to post. */
  preparations = 0;
  readonly #threads = new Map<string, Comment[]>();
  readonly #listeners = new Map<string, Set<ThreadListener>>();

  constructor(threads: Record<string, Comment[]> = {}) {
    for (const [key, comments] of Object.entries(threads)) this.#threads.set(key, comments);
  }

  /** How many watchThread subscriptions are open now, across all threads. */
  get openSubscriptions(): number {
    return [...this.#listeners.values()].reduce((sum, listeners) => sum + listeners.size, 0);
  }

  watchThread(threadKey: string, listener: ThreadListener): Unsubscribe {
    const listeners = this.#listeners.get(threadKey) ?? new Set();
    this.#listeners.set(threadKey, listeners);
    listeners.add(listener);
    queueMicrotask(() => listeners.has(listener) && listener.next(this.#threads.get(threadKey) ?? [], { synced: true }));
    return () => void listeners.delete(listener);
  }

  async postComment(threadKey: string, draft: CommentDraft, as: PostAs = { kind: 'guest', avatar: null }): Promise<void> {
    this.posted.push({ threadKey, draft });
    if (this.failNextPost) {
      const error = this.failNextPost;
      this.failNextPost = null;
      throw error;
    }
    // No accounts in memory: the picker's account flows are tested against the Auth emulator.
    if (as.kind === 'account') throw new StoreError('signed-out', 'MemoryStore has no accounts.');
    // What the security rules refuse, this store refuses (they cannot require an email: require-email is the widget's).
    if (Object.keys(checkDraft(draft, { as: 'guest', requireEmail: false })).length > 0) {
      throw new StoreError('rejected', 'The draft breaks the limits.');
    }
    const author = { name: draft.name.trim(), website: normalizeWebsite(draft.website), provider: 'guest' as const, avatar: as.avatar };
    this.add(threadKey, comment({ text: draft.text.trim(), author, createdAt: new Date() }));
  }

  prepareToPost(): void {
    this.preparations++;
  }

  /** Adds a comment as if someone else had posted it. */
  add(threadKey: string, added: Comment): void {
    const comments = [...(this.#threads.get(threadKey) ?? []), added].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    this.#threads.set(threadKey, comments);
    for (const listener of this.#listeners.get(threadKey) ?? []) listener.next(comments, { synced: true });
  }
}

let nextId = 1;

export function comment(overrides: Partial<Comment> = {}): Comment {
  return {
    id: `c${nextId++}`,
    author: { name: 'Ada', website: null, provider: 'guest', avatar: null },
    text: 'A comment.',
    createdAt: new Date('2026-11-20T10:30:00Z'),
    pending: false,
    ...overrides,
  };
}
