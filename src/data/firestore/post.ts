import { collection, doc, serverTimestamp, writeBatch } from 'firebase/firestore';
import type { CommentDraft } from '../../model/comment.js';
import { commentDocument, contactDocument } from '../documents.js';
import { threadDocumentId } from '../thread-id.js';
import { guestUser, openAuth } from './auth.js';
import type { Connection } from './connection.js';

/** What posting needs, loaded on the first focus of the form: Auth, on top of the connection. */
export interface PostingSession {
  connection: Connection;
  auth: ReturnType<typeof openAuth>;
}

export function openPostingSession(connection: Connection): PostingSession {
  return { connection, auth: openAuth(connection.app, connection.settings) };
}

/** Signs the reader in as a guest if needed and writes the comment with its private contact, in one batch. */
export async function postComment({ connection, auth }: PostingSession, threadKey: string, draft: CommentDraft): Promise<void> {
  const user = await guestUser(auth);
  const { db } = connection;
  const comment = doc(collection(db, 'threads', threadDocumentId(threadKey), 'comments'));
  // One batch, so the rules can insist that a guest comment never exists without its contact.
  const batch = writeBatch(db);
  batch.set(comment, commentDocument(user.uid, draft, serverTimestamp()));
  batch.set(doc(comment, 'private', 'contact'), contactDocument(user.uid, draft));
  await batch.commit();
}
