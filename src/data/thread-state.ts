import type { Comment } from '../model/comment.js';

/**
 * A thread's comments as the first read returned them, updated by the changes the live listener
 * reports afterwards. The listener only hears of documents written after the first read, so each
 * document is read once, and a change costs one read.
 */
export class ThreadState {
  readonly #byId = new Map<string, Comment>();
  #sorted: Comment[] = [];

  constructor(comments: readonly Comment[] = []) {
    for (const comment of comments) this.#byId.set(comment.id, comment);
    this.#sorted = [...comments];
  }

  /** Oldest first, the author's pending comments last (their server time is not known yet). */
  get comments(): Comment[] {
    return this.#sorted;
  }

  /** Adds or replaces `changed`, drops `removed` (unpublished, or deleted by its author). */
  apply(changed: readonly Comment[], removed: readonly string[]): void {
    for (const comment of changed) this.#byId.set(comment.id, comment);
    for (const id of removed) this.#byId.delete(id);
    this.#sorted = [...this.#byId.values()].sort(
      (a, b) => Number(a.pending) - Number(b.pending) || a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1),
    );
  }
}
