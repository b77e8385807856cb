import type { Comment } from './comment.js';

/**
 * Turns the comments a store has read into what a reader sees: top-level comments in the view's
 * order, as far as the loaded pages go, each with its replies nested under it, oldest first. Pure, so
 * that every store and every test shares it.
 */

export interface ThreadNode {
  comment: Comment;
  replies: ThreadNode[];
}

export interface TreeOptions {
  order: 'oldest' | 'newest';
  /** The last loaded top-level comment (ThreadSnapshot.more), or null when every page is loaded. */
  more: { createdStamp: string; id: string } | null;
  /** Nesting levels shown (max-depth): replies deeper than this are shown at the last level. */
  levels: number;
  /** The thread's pinned comment (threads/{threadId} `pinned`): first, wherever its page is. */
  pinned?: string | null;
}

/**
 * - A top-level comment shows when it lies within the loaded pages; the reader's own, still being
 *   posted, shows anyway (last in oldest order, first in newest).
 * - A reply shows under its parent, wherever that parent shows; one whose parent has not been read
 *   waits for it.
 * - A deleted comment shows only while it has replies that show ("This comment was deleted.").
 * - A held comment shows where the store gave it (its author's own): in place, like any other.
 * - The pinned top-level comment comes first, whatever the order.
 * - At the last level, deeper replies follow their ancestor at that level, oldest first, as in
 *   WordPress.
 */
export function threadTree(comments: readonly Comment[], { order, more, levels, pinned = null }: TreeOptions): ThreadNode[] {
  const children = new Map<string, Comment[]>();
  const roots: Comment[] = [];
  for (const comment of comments) {
    if (comment.parentId === null) {
      if (comment.pending || !more || !beyond(comment, more, order) || comment.id === pinned) roots.push(comment);
    } else {
      const siblings = children.get(comment.parentId);
      if (siblings) siblings.push(comment);
      else children.set(comment.parentId, [comment]);
    }
  }
  // Parents come before children in any real thread; `seen` guards against a hostile one that loops.
  const seen = new Set<string>();
  const repliesTo = (comment: Comment) => {
    if (seen.has(comment.id)) return [];
    seen.add(comment.id);
    return (children.get(comment.id) ?? []).sort(oldestFirst);
  };
  const everyDescendant = (comment: Comment): Comment[] => repliesTo(comment).flatMap((reply) => [reply, ...everyDescendant(reply)]);
  const subtree = (comment: Comment, level: number): ThreadNode[] => {
    if (level < levels - 1) {
      const replies = repliesTo(comment).flatMap((reply) => subtree(reply, level + 1));
      return comment.status === 'deleted' && replies.length === 0 ? [] : [{ comment, replies }];
    }
    // The last level: the comment, then everything below it, oldest first, beside it.
    const followers = everyDescendant(comment).filter((reply) => reply.status !== 'deleted').sort(oldestFirst);
    if (comment.status === 'deleted' && followers.length === 0) return [];
    return [comment, ...followers].map((shown) => ({ comment: shown, replies: [] }));
  };
  const ordered = order === 'oldest' ? oldestFirst : newestFirst;
  return roots.sort((a, b) => +(b.id === pinned) - +(a.id === pinned) || ordered(a, b)).flatMap((root) => subtree(root, 0));
}

/** Every comment that shows, top to bottom. */
export function shownComments(nodes: readonly ThreadNode[]): Comment[] {
  return nodes.flatMap((node) => [node.comment, ...shownComments(node.replies)]);
}

/** Whether a top-level comment lies after the last loaded one, in the view's order. */
function beyond(comment: Comment, more: { createdStamp: string; id: string }, order: 'oldest' | 'newest'): boolean {
  const compared = compareStamps(comment.createdStamp, more.createdStamp) || compareIds(comment.id, more.id);
  return order === 'oldest' ? compared > 0 : compared < 0;
}

/** New comments the server has not given a time yet last, then by time and ID. */
export function oldestFirst(a: Comment, b: Comment): number {
  return Number(awaitingTime(a)) - Number(awaitingTime(b)) || compareStamps(a.createdStamp, b.createdStamp) || compareIds(a.id, b.id);
}

/** New comments the server has not given a time yet first, then newest first. */
function newestFirst(a: Comment, b: Comment): number {
  return Number(awaitingTime(b)) - Number(awaitingTime(a)) || compareStamps(b.createdStamp, a.createdStamp) || compareIds(b.id, a.id);
}

/**
 * A new comment waiting for the server's time: its times are this browser's estimate, one for both.
 * An edit or a deletion waiting for the server is pending too, but keeps the comment's time and place:
 * nothing jumps to the end and back (and a focused button in it keeps focus).
 */
function awaitingTime(comment: Comment): boolean {
  return comment.pending && comment.updatedAt.getTime() === comment.createdAt.getTime();
}

/** RFC 3339 times compared exactly: fractions of any length, up to nanoseconds. */
export function compareStamps(a: string, b: string): number {
  const x = exact(a);
  const y = exact(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function exact(stamp: string): string {
  const [whole = stamp, fraction = ''] = stamp.replace(/Z$/, '').split('.');
  return `${whole}.${fraction.padEnd(9, '0')}`;
}

/** Document IDs in Firestore's order (by their UTF-8 bytes, which for IDs is code-point order). */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
