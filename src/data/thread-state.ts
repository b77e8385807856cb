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
  /** The reader's own posts from the outbox (outbox.ts), which any copy from the server replaces. */
  readonly #queued = new Set<string>();

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
      const newer = !known || from === 'live' || this.#queued.has(comment.id) || (!known.pending && comment.updatedAt >= known.updatedAt);
      if (newer) {
        this.#byId.set(comment.id, comment);
        this.#queued.delete(comment.id);
      }
    }
    for (const id of removed) this.#byId.delete(id);
    this.#list = [...this.#byId.values()];
  }

  /** The reader's own post, not yet sent: shown pending, unless the server's copy is here already. */
  queue(comment: Comment): void {
    if (this.#byId.has(comment.id) && !this.#queued.has(comment.id)) return;
    this.#queued.add(comment.id);
    this.apply('live', [comment]);
    this.#queued.add(comment.id);
  }

  /** The post was refused: it goes, unless the server's copy replaced it meanwhile. */
  unqueue(id: string): void {
    if (this.#queued.delete(id)) this.apply('live', [], [id]);
  }
}
