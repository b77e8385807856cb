import type { Account } from '../model/identity.js';
import { normalizeWebsite, TOP_LEVEL, type CommentDraft } from '../model/comment.js';

/** A new comment's status: published at once, or held for moderation (heldOnPosting); imports also bring spam. */
export type NewStatus = 'published' | 'pending' | 'spam';

/**
 * The documents a comment is stored as, field for field (docs/data-model.md). The widget, the rules
 * suite and the demo seed all build them here, so the shape has one definition.
 */

/**
 * `threads/{threadId}/comments/{commentId}`: public, so it never holds an email. `createdAt` and
 * `updatedAt` are the server's clock (`serverTimestamp()`; the seed writes past times); every later
 * write moves `updatedAt`, which is what the live listener follows.
 *
 * Where it sits (`place`): `parentId`, `depth` and, for a reply, `rootCreatedAt`, the exact creation
 * time of its top-level comment (a Timestamp or a Date; replyPlace in src/model/comment.ts says which).
 *
 * A guest's comment: the name and website they typed, and their Gravatar URL or null (`avatar`, built
 * by gravatarUrl from the email in the contact document, which the rules check).
 *
 * `status`: `published`, or `pending` when it is held for moderation (the rules decide which an author
 * may write: mayPublish in firestore.rules).
 */
export function commentDocument(
  uid: string,
  draft: CommentDraft,
  createdAt: unknown,
  avatar: string | null = null,
  place: Place = TOP_LEVEL,
  status: NewStatus = 'published',
) {
  return withAuthor(
    { uid, name: draft.name.trim(), website: normalizeWebsite(draft.website), provider: 'guest' as const, avatar },
    draft.text,
    createdAt,
    place,
    status,
  );
}

/** A comment's place with its root's time as the value to store (a Timestamp, or a Date in scripts). */
export interface Place {
  parentId: string | null;
  depth: number;
  rootCreatedAt: unknown;
}

/**
 * A signed-in reader's comment: the name and photo of their account, exactly as the ID token's `name`
 * and `picture` claims say (the rules compare them), and no website.
 */
export function accountCommentDocument(
  account: Omit<Account, 'moderator'> & { name: string },
  text: string,
  createdAt: unknown,
  place: Place = TOP_LEVEL,
  status: NewStatus = 'published',
) {
  const { uid, name, provider, avatar } = account;
  return withAuthor({ uid, name, website: null, provider, avatar }, text, createdAt, place, status);
}

function withAuthor<Author>(author: Author, text: string, createdAt: unknown, { parentId, depth, rootCreatedAt }: Place, status: NewStatus) {
  return {
    author,
    text: text.trim(),
    status,
    parentId,
    rootCreatedAt,
    depth,
    createdAt,
    updatedAt: createdAt,
  };
}

/**
 * What an author's deletion leaves: the place, so that replies keep theirs, and nothing of the author
 * or the text (the rules insist). Written over the whole comment; `createdAt` and `rootCreatedAt`
 * exactly as stored. The guest's contact document goes in the same batch.
 */
export function deletedCommentDocument(stored: Place & { createdAt: unknown }, time: unknown) {
  const { parentId, depth, rootCreatedAt, createdAt } = stored;
  return { author: null, text: null, status: 'deleted' as const, parentId, rootCreatedAt, depth, createdAt, updatedAt: time };
}

/**
 * A moderator's deletion: the author's deletion, naming the moderation log entry of the same batch
 * (`moderation`, which the rules' logged() checks).
 */
export function moderatedDeletionDocument(stored: Place & { createdAt: unknown }, time: unknown, logId: string) {
  return { ...deletedCommentDocument(stored, time), moderation: logId };
}

/**
 * `moderationLog/{logId}`: one moderator action, written in the same batch as the change it records,
 * which names it (`moderation: logId`). `threadId` is the thread's document ID; `subject` the author
 * the action concerns (approve, block), else null. Only moderators read the log.
 */
export function moderationLogEntry(
  by: string,
  action: ModerationLogAction,
  target: { threadId: string | null; commentId: string | null; subject: string | null },
  at: unknown,
) {
  return { by, action, threadId: target.threadId, commentId: target.commentId, subject: target.subject, at };
}

export type ModerationLogAction = 'approve' | 'unapprove' | 'spam' | 'delete' | 'pin' | 'unpin' | 'block' | 'unblock' | 'close' | 'reopen' | 'mode';

/** The fields an author's edit changes: the text, and both times, to the server's clock. */
export function commentEdit(text: string, time: unknown) {
  return { text: text.trim(), editedAt: time, updatedAt: time };
}

/**
 * `…/comments/{commentId}/private/contact`: a guest's email, readable by its author alone (accounts
 * have theirs in Firebase Auth). Null when the site does not ask for it (`require-email="false"`).
 */
export function contactDocument(uid: string, draft: CommentDraft) {
  return { uid, email: draft.email.trim() || null };
}

/**
 * `authors/{uid}`: the author's spam markers, readable by that author alone and merged into, never
 * written whole. Opening the form sets `formOpenedAt` to the server's clock; the rules refuse a comment
 * sooner than their composeTime() after it.
 */
export function formOpenedMarker(time: unknown) {
  return { formOpenedAt: time };
}

/**
 * Written in the same batch as each comment: when it was posted and which it was
 * (`{threadId}/{commentId}`), which the rules' rate limit follows, and the form's honeypot field,
 * which people leave empty and the rules insist stays so.
 */
export function commentPostedMarker(threadId: string, commentId: string, time: unknown, honeypot = '') {
  return { lastCommentAt: time, lastComment: `${threadId}/${commentId}`, honeypot };
}
