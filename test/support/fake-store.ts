import type { Comment, CommentDraft } from '../../src/data/comment.js';
import type { CommentStore, StoreError, ThreadListener, Unsubscribe } from '../../src/data/store.js';

/**
 * A store in memory, for tests of how components render and behave. Behaviour that crosses Firestore
 * is tested against the emulators in test/e2e and test/data, never only here.
 */
export class MemoryStore implements CommentStore {
  readonly posted: Array<{ threadKey: string; draft: CommentDraft }> = [];
  /** When set, the next post fails with it. */
  failNextPost: StoreError | null = null;
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
    queueMicrotask(() => listener.next(this.#threads.get(threadKey) ?? [], { synced: true }));
    return () => void listeners.delete(listener);
  }

  async postComment(threadKey: string, draft: CommentDraft): Promise<void> {
    this.posted.push({ threadKey, draft });
    if (this.failNextPost) {
      const error = this.failNextPost;
      this.failNextPost = null;
      throw error;
    }
    this.add(threadKey, comment({ text: draft.text, author: { name: draft.name, website: null, provider: 'guest' } }));
  }

  /** Adds a comment as if someone else had posted it. */
  add(threadKey: string, added: Comment): void {
    const comments = [...(this.#threads.get(threadKey) ?? []), added];
    this.#threads.set(threadKey, comments);
    for (const listener of this.#listeners.get(threadKey) ?? []) listener.next(comments, { synced: true });
  }
}

let nextId = 1;

export function comment(overrides: Partial<Comment> = {}): Comment {
  return {
    id: `c${nextId++}`,
    author: { name: 'Ada', website: null, provider: 'guest' },
    text: 'A comment.',
    createdAt: new Date('2026-11-20T10:30:00Z'),
    pending: false,
    ...overrides,
  };
}
