import { collection, doc, serverTimestamp, writeBatch, type WriteBatch } from 'firebase/firestore';
import { moderatedDeletionDocument, moderationLogEntry } from '../documents.js';
import { StoreError, type ModerationAction } from '../store.js';
import { threadDocumentId } from '../thread-id.js';
import type { ReaderAuth } from './auth.js';
import type { Connection } from './connection.js';
import { keptPlace } from './timestamps.js';

/** The status each of a moderator's comment actions leaves (validModeration in firestore.rules). */
const STATUS = { approve: 'published', unapprove: 'pending', spam: 'spam' } as const;

/**
 * A moderator's action as one batch: the change, the entry of the moderation log that records it
 * (moderationLog/{new ID}), and `moderation: logId` on the changed document, which the rules' logged()
 * checks (same moderator, same time, same action and target). A chunk of its own, loaded at a
 * moderator's first action.
 */
export async function moderate(connection: Connection, auth: ReaderAuth, threadKey: string, action: ModerationAction): Promise<void> {
  const user = await auth.accountUser();
  if (!user) throw new StoreError('signed-out', 'Only a signed-in moderator can moderate.');
  const { db } = connection;
  const threadId = threadDocumentId(threadKey);
  const thread = doc(db, 'threads', threadId);
  const log = doc(collection(db, 'moderationLog'));
  const at = serverTimestamp();
  const batch = writeBatch(db);
  const entry = (commentId: string | null, subject: string | null) =>
    batch.set(log, moderationLogEntry(user.uid, action.kind, { threadId, commentId, subject }, at));

  if (!('comment' in action)) {
    batch.set(thread, { closed: action.kind === 'close', moderation: log.id }, { merge: true });
    entry(null, null);
    return commit(batch);
  }
  const { comment } = action;
  const ref = doc(thread, 'comments', comment.id);
  const author = comment.author.uid;
  // What moderators decide about an author lives in the author's marker, beside the spam markers.
  const standing = doc(db, 'authors', author);
  switch (action.kind) {
    case 'approve':
      // The author is trusted from now on: in hold-first-time, their next comments go out at once.
      batch.update(ref, { status: STATUS.approve, updatedAt: at, moderation: log.id });
      batch.set(standing, { trusted: true, moderation: log.id }, { merge: true });
      entry(comment.id, author);
      break;
    case 'unapprove':
    case 'spam':
      batch.update(ref, { status: STATUS[action.kind], updatedAt: at, moderation: log.id });
      entry(comment.id, author);
      break;
    case 'delete': {
      batch.set(ref, moderatedDeletionDocument(keptPlace(comment), at, log.id));
      // A guest's (or an imported comment's) email goes with it. The rules let a moderator delete the
      // contact but not read it, so it is deleted whether or not there is one (an account's has none).
      batch.delete(doc(ref, 'private', 'contact'));
      entry(comment.id, author);
      break;
    }
    case 'pin':
    case 'unpin':
      // One pinned comment per thread: pinning another replaces it. The rules log pins on the thread.
      batch.set(thread, { pinned: action.kind === 'pin' ? comment.id : null, moderation: log.id }, { merge: true });
      entry(null, null);
      break;
    case 'block':
    case 'unblock':
      batch.set(standing, { blocked: action.kind === 'block', moderation: log.id }, { merge: true });
      entry(comment.id, author);
      break;
  }
  return commit(batch);
}

async function commit(batch: WriteBatch): Promise<void> {
  await batch.commit();
}
