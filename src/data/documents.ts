import { normalizeWebsite, type CommentDraft } from '../model/comment.js';

/**
 * The documents a guest's comment is stored as, field for field (docs/data-model.md). The widget, the
 * rules suite and the demo seed all build them here, so the shape has one definition.
 */

/**
 * `threads/{threadId}/comments/{commentId}`: public. `createdAt` and `updatedAt` are the server's
 * clock (`serverTimestamp()`; the seed writes past times); every later write moves `updatedAt`, which
 * is what the live listener follows.
 */
export function commentDocument(uid: string, draft: CommentDraft, createdAt: unknown) {
  return {
    author: {
      uid,
      name: draft.name.trim(),
      website: normalizeWebsite(draft.website),
      provider: 'guest' as const,
    },
    text: draft.text.trim(),
    status: 'published' as const,
    parentId: null,
    depth: 0,
    createdAt,
    updatedAt: createdAt,
  };
}

/** The fields an author's edit changes: the text, and both times, to the server's clock. */
export function commentEdit(text: string, time: unknown) {
  return { text: text.trim(), editedAt: time, updatedAt: time };
}

/** `…/comments/{commentId}/private/contact`: readable by its author alone. */
export function contactDocument(uid: string, draft: CommentDraft) {
  return { uid, email: draft.email.trim() };
}
