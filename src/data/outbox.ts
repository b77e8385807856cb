import type { CommentDraft, CommentPlace, PublishedComment, WrittenComment } from '../model/comment.js';
import type { PostAs } from './store.js';

/**
 * Comments the reader has posted and the server has not yet accepted, kept in this browser
 * (localStorage) so that a reload, a closed tab or a dropped connection loses none of them. Each has
 * its document ID from the moment it is queued: sending it again writes the same document, which the
 * rules let exist only once, so a retry can never post it twice (docs/data-model.md, "Exactly once").
 * One per reply target (thread and parent): posting again from the same form reuses the ID.
 * Loader-safe: no SDK.
 */
export interface QueuedPost {
  id: string;
  threadKey: string;
  draft: CommentDraft;
  as: PostAs;
  place: CommentPlace;
  honeypot: string;
  /** When the reader pressed Post: the pending comment's time until the server's is known. */
  queuedAt: number;
  /** Who the comment shows as while it is pending. */
  author: PublishedComment['author'];
  /** Decided when it was queued: held for moderation, or published (absent in older outboxes: published). */
  status?: 'published' | 'pending';
}

export class Outbox {
  readonly #key: string;
  /** What this page knows, for when storage is blocked or full. */
  #memory: QueuedPost[] = [];

  /** `project`: the FirebaseProject's key, so that two projects on one page never mix their posts. */
  constructor(project: string) {
    this.#key = `leave-a-reply:outbox:${project}`;
  }

  /** The queued posts of a thread, or of every thread. */
  list(threadKey?: string): QueuedPost[] {
    const all = this.#read();
    return threadKey === undefined ? all : all.filter((post) => post.threadKey === threadKey);
  }

  /** The post queued from one form (thread and reply target), if any. */
  find(threadKey: string, parentId: string | null): QueuedPost | undefined {
    return this.list(threadKey).find((post) => post.place.parentId === parentId);
  }

  put(post: QueuedPost): void {
    this.#write([...this.#read().filter((queued) => queued.id !== post.id), post]);
  }

  remove(id: string): void {
    this.#write(this.#read().filter((post) => post.id !== id));
  }

  #read(): QueuedPost[] {
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(this.#key) ?? '[]');
      return Array.isArray(stored) ? stored.filter(isQueuedPost) : this.#memory;
    } catch {
      return this.#memory;
    }
  }

  #write(posts: QueuedPost[]): void {
    this.#memory = posts;
    try {
      if (posts.length) localStorage.setItem(this.#key, JSON.stringify(posts));
      else localStorage.removeItem(this.#key);
    } catch {
      // Storage blocked or full: the posts live as long as the page does, which is all we can do.
    }
  }
}

/** The comment a queued post shows as, pending, until the server's copy arrives. */
export function pendingComment(post: QueuedPost): WrittenComment {
  const time = new Date(post.queuedAt);
  return {
    id: post.id,
    ...post.place,
    createdAt: time,
    createdStamp: time.toISOString(),
    updatedAt: time,
    pending: true,
    status: post.status ?? 'published',
    author: post.author,
    text: post.draft.text.trim(),
    editedAt: null,
  };
}

/** Storage is the reader's own, but another version of the widget may have written it. */
function isQueuedPost(value: unknown): value is QueuedPost {
  if (typeof value !== 'object' || value === null) return false;
  const post = value as Partial<QueuedPost>;
  return typeof post.id === 'string' && typeof post.threadKey === 'string' && typeof post.queuedAt === 'number'
    && typeof post.draft?.text === 'string' && typeof post.place === 'object' && post.place !== null
    && typeof post.author?.name === 'string' && typeof post.honeypot === 'string' && typeof post.as?.kind === 'string';
}
