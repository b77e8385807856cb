import {
  collection,
  onSnapshot,
  orderBy,
  query,
  startAfter,
  where,
  type DocumentChange,
} from 'firebase/firestore';
import type { Comment } from '../../model/comment.js';
import { parseComment } from '../../model/parse-comment.js';
import type { StoreError, Unsubscribe } from '../store.js';
import { threadDocumentId } from '../thread-id.js';
import type { Connection } from './connection.js';
import { toStoreError } from './errors.js';
import { timestampFrom } from './timestamps.js';

export interface ChangeListener {
  /** `synced` is false while the SDK answers from its cache alone (offline). */
  changes(changed: Comment[], removed: string[], meta: { synced: boolean }): void;
  error(error: StoreError): void;
}

/**
 * Listens to a thread's comments (published and deleted) written after `since` (the first read's time, RFC 3339),
 * or to all of them when there was no first read. Every write stamps `updatedAt` with the server's
 * time (the rules insist), so nothing the first read returned is read again.
 *
 * `startAfter` rather than `where('updatedAt', '>', …)`: the author's own comment, whose `updatedAt`
 * is still a pending server timestamp, sorts after every time in the SDK's cache and so shows at
 * once, where an inequality filter would hide it until the server confirms.
 */
export function listen(connection: Connection, threadKey: string, since: string | null, listener: ChangeListener): Unsubscribe {
  const comments = collection(connection.db, 'threads', threadDocumentId(threadKey), 'comments');
  // What the rules let a reader list: published comments, and what deleted ones leave.
  const shown = where('status', 'in', ['published', 'deleted']);
  const changed = since ? query(comments, shown, orderBy('updatedAt'), startAfter(timestampFrom(since))) : query(comments, shown);
  let first = true;
  return onSnapshot(
    changed,
    // Metadata changes tell us when the author's own pending comment is confirmed.
    { includeMetadataChanges: true },
    (snapshot) => {
      const updates: Comment[] = [];
      const removed: string[] = [];
      const changes = snapshot.docChanges({ includeMetadataChanges: true });
      for (const change of changes) {
        const comment = change.type === 'removed' ? null : readChange(change);
        if (comment) updates.push(comment);
        else removed.push(change.doc.id);
      }
      if (!snapshot.metadata.fromCache) countReads(changes, first);
      first &&= snapshot.metadata.fromCache;
      listener.changes(updates, removed, { synced: !snapshot.metadata.fromCache });
    },
    (error) => listener.error(toStoreError(error)),
  );
}

function readChange(change: DocumentChange): Comment | null {
  const comment = parseComment(change.doc.id, change.doc.data({ serverTimestamps: 'estimate' }), change.doc.metadata.hasPendingWrites);
  if (!comment) console.warn(`leave-a-reply: skipped the malformed comment ${change.doc.ref.path}.`);
  return comment;
}

/** For `npm run bench`: the documents the server sent, the way Firestore bills them. */
function countReads(changes: DocumentChange[], initial: boolean): void {
  const documents = changes.filter((change) => change.type !== 'removed' && !change.doc.metadata.hasPendingWrites).length;
  if (documents > 0 || initial) performance.mark('leave-a-reply:read', { detail: { via: 'listener', documents, initial } });
}
