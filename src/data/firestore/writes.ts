import { collection, doc, getDoc, serverTimestamp, updateDoc, writeBatch, type DocumentReference } from 'firebase/firestore';
import type { CommentDraft, CommentPlace, PublishedComment } from '../../model/comment.js';
import { accountCommentDocument, commentDocument, commentEdit, contactDocument, deletedCommentDocument } from '../documents.js';
import { StoreError, type PostAs } from '../store.js';
import { threadDocumentId } from '../thread-id.js';
import type { ReaderAuth } from './auth.js';
import type { Connection } from './connection.js';
import { toStoreError } from './errors.js';
import { providerOfFirebaseId } from './provider-ids.js';
import { timestampFrom } from './timestamps.js';

/**
 * Writes the comment as a guest (with its private contact, in one batch) or as the signed-in account,
 * at the top level or as a reply (`place`). Resolves with the new comment's ID.
 */
export async function postComment(
  connection: Connection,
  auth: ReaderAuth,
  threadKey: string,
  draft: CommentDraft,
  as: PostAs,
  place?: CommentPlace,
): Promise<string> {
  const { db } = connection;
  const comment = doc(collection(db, 'threads', threadDocumentId(threadKey), 'comments'));
  const stored = place && { ...place, rootCreatedAt: place.rootCreatedAt === null ? null : timestampFrom(place.rootCreatedAt) };
  const batch = writeBatch(db);
  if (as.kind === 'guest') {
    const user = await auth.guestUser();
    // One batch, so the rules can insist that a guest comment never exists without its contact.
    batch.set(comment, commentDocument(user.uid, draft, serverTimestamp(), as.avatar, stored));
    batch.set(doc(comment, 'private', 'contact'), contactDocument(user.uid, draft));
  } else {
    const user = await auth.accountUser();
    if (!user) throw new StoreError('signed-out', 'The reader is no longer signed in to an account.');
    if (!user.displayName && draft.name.trim()) await auth.setName(draft.name.trim());
    // The name and photo exactly as the token has them: those are what the rules compare.
    const { claims, signInProvider } = await user.getIdTokenResult();
    const provider = providerOfFirebaseId(signInProvider ?? '');
    const name = typeof claims['name'] === 'string' ? claims['name'] : '';
    if (!provider) throw new StoreError('signed-out', `Accounts of the ${signInProvider} provider cannot comment here.`);
    const avatar = typeof claims['picture'] === 'string' ? claims['picture'] : null;
    batch.set(comment, accountCommentDocument({ uid: user.uid, provider, name, avatar }, draft.text, serverTimestamp(), stored));
  }
  await batch.commit().catch((error: unknown) => refusedBecauseClosed(connection, threadKey, error));
  return comment.id;
}

/** The author's correction: the new text, and the time of the edit. */
export async function editComment(connection: Connection, auth: ReaderAuth, threadKey: string, comment: PublishedComment, text: string): Promise<void> {
  await author(auth, comment);
  await updateDoc(commentRef(connection, threadKey, comment.id), commentEdit(text, serverTimestamp()));
}

/**
 * The author's deletion: the comment keeps its place for its replies and loses its name and text; a
 * guest's contact document (their email) goes in the same batch.
 */
export async function deleteComment(connection: Connection, auth: ReaderAuth, threadKey: string, comment: PublishedComment): Promise<void> {
  await author(auth, comment);
  const ref = commentRef(connection, threadKey, comment.id);
  const batch = writeBatch(connection.db);
  const place = {
    parentId: comment.parentId,
    depth: comment.depth,
    rootCreatedAt: comment.rootCreatedAt === null ? null : timestampFrom(comment.rootCreatedAt),
    createdAt: timestampFrom(comment.createdStamp),
  };
  batch.set(ref, deletedCommentDocument(place, serverTimestamp()));
  if (comment.author.provider === 'guest') batch.delete(doc(ref, 'private', 'contact'));
  await batch.commit();
}

/** The reader must still be the comment's author (a Log Out since would make the rules refuse it). */
async function author(auth: ReaderAuth, comment: PublishedComment): Promise<void> {
  await auth.auth.authStateReady();
  if (auth.auth.currentUser?.uid !== comment.author.uid) {
    throw new StoreError('signed-out', 'The reader is no longer signed in as the comment\'s author.');
  }
}

function commentRef({ db }: Connection, threadKey: string, id: string): DocumentReference {
  return doc(db, 'threads', threadDocumentId(threadKey), 'comments', id);
}

/** A refused comment in a thread the site owner has closed is `closed`, not `rejected`. */
async function refusedBecauseClosed({ db }: Connection, threadKey: string, error: unknown): Promise<never> {
  const failure = toStoreError(error);
  if (failure.code === 'rejected') {
    const thread = await getDoc(doc(db, 'threads', threadDocumentId(threadKey))).catch(() => null);
    if (thread?.get('closed') === true) throw new StoreError('closed', 'The site owner has closed this thread to new comments.', { cause: error });
  }
  throw failure;
}
