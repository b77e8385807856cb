import { collection, doc, getDoc, getDocFromServer, serverTimestamp, updateDoc, writeBatch, type DocumentReference } from 'firebase/firestore';
import { checkDraft, normalizeWebsite, type CommentDraft, type CommentPlace, type PublishedComment } from '../../model/comment.js';
import type { QueuedPost } from '../outbox.js';
import { accountCommentDocument, commentDocument, commentEdit, commentPostedMarker, contactDocument, deletedCommentDocument } from '../documents.js';
import { StoreError, type PostAs } from '../store.js';
import { threadDocumentId } from '../thread-id.js';
import type { ReaderAuth } from './auth.js';
import { AuthorMarkers, authorRef } from './author-markers.js';
import type { Connection } from './connection.js';
import { toStoreError } from './errors.js';
import { providerOfFirebaseId } from './provider-ids.js';
import { timestampFrom } from './timestamps.js';

/**
 * The reader started to write: stamps the form-opened marker the rules time their comment from, as the
 * reader they are now (a guest is signed in anonymously for it). Resolves when the server has it.
 */
export async function openForm(connection: Connection, auth: ReaderAuth): Promise<void> {
  await auth.auth.authStateReady();
  const user = auth.auth.currentUser ?? (await auth.guestUser());
  await AuthorMarkers.for(connection).open(user.uid);
}

/**
 * The comment the reader just posted, ready for the outbox: its document ID, chosen now so that
 * sending it again can never post it twice (`id`: the ID of an earlier, unsent post from the same
 * form, reused), and who it shows as until the server has it. Needs no network.
 */
export async function queuePost(
  connection: Connection,
  auth: ReaderAuth,
  threadKey: string,
  draft: CommentDraft,
  as: PostAs,
  place: CommentPlace,
  honeypot: string,
  id?: string,
): Promise<QueuedPost> {
  await auth.auth.authStateReady();
  const user = auth.auth.currentUser;
  const author: QueuedPost['author'] =
    as.kind === 'guest' || !user
      ? { uid: user?.isAnonymous ? user.uid : '', name: draft.name.trim(), website: normalizeWebsite(draft.website), provider: 'guest', avatar: as.kind === 'guest' ? as.avatar : null }
      : { uid: user.uid, name: user.displayName || draft.name.trim(), website: null, provider: providerOfFirebaseId(user.providerData[0]?.providerId ?? '') ?? 'guest', avatar: user.photoURL };
  const commentId = id ?? doc(collection(connection.db, 'threads', threadDocumentId(threadKey), 'comments')).id;
  return { id: commentId, threadKey, draft, as, place, honeypot, queuedAt: Date.now(), author };
}

/**
 * Writes a queued comment as a guest (with its private contact, in one batch) or as the signed-in
 * account, at the top level or as a reply, with the author's spam marker in the same batch. Waits
 * first, if the reader was quicker than the rules' composing time. Resolves once the server has the
 * comment: sent now, or by an earlier attempt whose answer was lost (another tab, a reload).
 */
export async function sendPost(connection: Connection, auth: ReaderAuth, post: QueuedPost): Promise<void> {
  const { db } = connection;
  const { draft, as } = post;
  const threadId = threadDocumentId(post.threadKey);
  const comment = doc(db, 'threads', threadId, 'comments', post.id);
  const place = { ...post.place, rootCreatedAt: post.place.rootCreatedAt === null ? null : timestampFrom(post.place.rootCreatedAt) };
  const markers = AuthorMarkers.for(connection);
  const batch = writeBatch(db);
  let uid: string;
  if (as.kind === 'guest') {
    const user = await auth.guestUser();
    uid = user.uid;
    // One batch, so the rules can insist that a guest comment never exists without its contact.
    batch.set(comment, commentDocument(user.uid, draft, serverTimestamp(), as.avatar, place));
    batch.set(doc(comment, 'private', 'contact'), contactDocument(user.uid, draft));
  } else {
    const user = await auth.accountUser();
    if (!user) throw new StoreError('signed-out', 'The reader is no longer signed in to an account.');
    uid = user.uid;
    if (!user.displayName && draft.name.trim()) await auth.setName(draft.name.trim());
    // The name and photo exactly as the token has them: those are what the rules compare.
    const { claims, signInProvider } = await user.getIdTokenResult();
    const provider = providerOfFirebaseId(signInProvider ?? '');
    const name = typeof claims['name'] === 'string' ? claims['name'] : '';
    if (!provider) throw new StoreError('signed-out', `Accounts of the ${signInProvider} provider cannot comment here.`);
    const avatar = typeof claims['picture'] === 'string' ? claims['picture'] : null;
    batch.set(comment, accountCommentDocument({ uid: user.uid, provider, name, avatar }, draft.text, serverTimestamp(), place));
  }
  batch.set(authorRef(db, uid), commentPostedMarker(threadId, post.id, serverTimestamp(), post.honeypot), { merge: true });
  await markers.readyToPost(uid);
  await batch.commit().catch((error: unknown) => explainRefusal(connection, post, comment, uid, error));
  markers.posted(uid);
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

/**
 * Why a comment was refused. Already there (an earlier attempt got through, and only its answer was
 * lost): no failure at all. The thread was closed (`closed`), or the comment came too soon after the
 * author's last one (`too-soon`): the reader can do something about it. Anything else stays `rejected`.
 */
async function explainRefusal(connection: Connection, post: QueuedPost, comment: DocumentReference, uid: string, error: unknown): Promise<void> {
  const failure = toStoreError(error);
  if (failure.code !== 'rejected') throw failure;
  const stored = await getDocFromServer(comment).catch(() => null);
  if (stored?.get('author.uid') === uid) return;
  // Refusals the reader cannot wait out come first: a filled honeypot (a bot's: no explanation), a
  // draft past the limits, a parent that is gone.
  if (post.honeypot || Object.keys(checkDraft(post.draft, { as: post.as.kind === 'guest' ? 'guest' : 'account', requireEmail: false })).length > 0) throw failure;
  if (post.place.parentId) {
    const parent = await getDoc(doc(connection.db, 'threads', threadDocumentId(post.threadKey), 'comments', post.place.parentId)).catch(() => null);
    if (parent?.get('status') !== 'published') throw failure;
  }
  const thread = await getDoc(doc(connection.db, 'threads', threadDocumentId(post.threadKey))).catch(() => null);
  if (thread?.get('closed') === true) throw new StoreError('closed', 'The site owner has closed this thread to new comments.', { cause: error });
  if (await AuthorMarkers.for(connection).refusedAsTooSoon(uid)) {
    throw new StoreError('too-soon', 'The rules refused a comment this soon after the author\'s last one (rateWindow, composeTime).', { cause: error });
  }
  throw failure;
}
