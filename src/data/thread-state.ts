import type { Comment } from '../model/comment.js';

/**
 * Every comment of a thread that a watch has read: the pages, and the changes the live listener has
 * reported since. The same comment may arrive from both (a page read after a change was heard): the
 * listener reports every write in order, so it always wins; a page wins only with a later write, and
 * never over the author's own unconfirmed one.
 */
export class ThreadState {
  readonly #byId = new Map<string, Comment>();
  #list: Comment[] = [];

  /** In no particular order: threadTree sorts them. A new array after each change. */
  get comments(): Comment[] {
    return this.#list;
  }

  get(id: string): Comment | undefined {
    return this.#byId.get(id);
  }

  /** Adds or replaces `changed`, drops `removed` (no longer readable, moderated away later). */
  apply(from: 'page' | 'live', changed: readonly Comment[], removed: readonly string[] = []): void {
    for (const comment of changed) {
      const known = this.#byId.get(comment.id);
      const newer = !known || from === 'live' || (!known.pending && comment.updatedAt >= known.updatedAt);
      if (newer) this.#byId.set(comment.id, comment);
    }
    for (const id of removed) this.#byId.delete(id);
    this.#list = [...this.#byId.values()];
  }
}
