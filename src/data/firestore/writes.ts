import { collection, doc, getDoc, getDocFromServer, serverTimestamp, updateDoc, writeBatch, type DocumentReference } from 'firebase/firestore';
import { checkDraft, normalizeWebsite, type CommentDraft, type CommentPlace, type PublishedComment } from '../../model/comment.js';
import { heldOnPosting, MODERATION_MODES, type ModerationMode } from '../../model/moderation.js';
import { rememberHeld } from '../held-memory.js';
import type { QueuedPost } from '../outbox.js';
import { accountCommentDocument, commentDocument, commentEdit, commentPostedMarker, contactDocument, deletedCommentDocument } from '../documents.js';
import { StoreError, type ModerationAction, type PostAs } from '../store.js';
import { threadDocumentId } from '../thread-id.js';
import type { ReaderAuth } from './auth.js';
import { AuthorMarkers, authorRef } from './author-markers.js';
import type { Connection } from './connection.js';
import { toStoreError } from './errors.js';
import { providerOfFirebaseId } from './provider-ids.js';
import { keptPlace, timestampFrom } from './timestamps.js';

/**
 * The reader started to write: stamps the form-opened marker the rules time their comment from, as the
 * reader they are now (a guest is signed in anonymously for it). Resolves when the server has it.
 */
export async function openForm(connection: Connection, auth: ReaderAuth): Promise<void> {
  await auth.auth.authStateReady();
  const user = auth.auth.currentUser ?? (await auth.guestUser());
  // Read now, beside the marker, so that posting decides the comment's status without waiting.
  readModeration(connection, user.uid, { fresh: true }).catch(() => {});
  await AuthorMarkers.for(connection).open(user.uid);
}

/** What decides whether the author's next comment is held: the site's mode and the author's standing. */
interface ModerationFacts {
  mode: ModerationMode;
  trusted: boolean;
  blocked: boolean;
}

const moderationReads = new WeakMap<Connection, Map<string, Promise<ModerationFacts>>>();

/**
 * settings/moderation (none: `publish-all`) and the author's standing, which moderators set in their
 * marker, authors/{uid} (`trusted`, `blocked`; none yet, or unreadable: neither), read once per
 * author and page, and again each time the reader starts another comment (`fresh`). Never rejects.
 */
function readModeration(connection: Connection, uid: string, { fresh = false } = {}): Promise<ModerationFacts> {
  let reads = moderationReads.get(connection);
  if (!reads) moderationReads.set(connection, (reads = new Map()));
  let facts = reads.get(uid);
  if (!facts || fresh) {
    const { db } = connection;
    const get = (ref: DocumentReference) => getDoc(ref).then((snapshot) => snapshot.data() ?? {}, () => ({}) as Record<string, unknown>);
    const none: Record<string, unknown> = {};
    facts = Promise.all([get(doc(db, 'settings', 'moderation')), uid ? get(authorRef(db, uid)) : none]).then(([settings, standing]) => ({
      mode: MODERATION_MODES.find((mode) => mode === settings['mode']) ?? 'publish-all',
      trusted: standing['trusted'] === true,
      blocked: standing['blocked'] === true,
    }));
    reads.set(uid, facts);
  }
  return facts;
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
  // Held or published, as the rules' mayPublish will decide: a moderator's never held.
  const moderator = as.kind === 'account' && user && !user.isAnonymous ? (await user.getIdTokenResult()).claims['moderator'] === true : false;
  const facts = await readModeration(connection, author.uid);
  const status = heldOnPosting(draft.text.trim(), { ...facts, moderator }) ? 'pending' : 'published';
  return { id: commentId, threadKey, draft, as, place, honeypot, queuedAt: Date.now(), author, status };
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
    batch.set(comment, commentDocument(user.uid, draft, serverTimestamp(), as.avatar, place, post.status ?? 'published'));
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
    batch.set(comment, accountCommentDocument({ uid: user.uid, provider, name, avatar }, draft.text, serverTimestamp(), place, post.status ?? 'published'));
  }
  batch.set(authorRef(db, uid), commentPostedMarker(threadId, post.id, serverTimestamp(), post.honeypot), { merge: true });
  await markers.readyToPost(uid);
  await batch.commit().catch((error: unknown) => explainRefusal(connection, post, comment, uid, error));
  markers.posted(uid);
  // Held for moderation: this browser remembers it, so its thread shows it to its author after a
  // reload too. Under the project's key (FirebaseProject.key: its settings), as the store reads it.
  if (post.status === 'pending') rememberHeld(JSON.stringify(connection.settings), post.threadKey, post.id);
}

/** A moderator's action: its own chunk (firestore/moderation.ts), loaded at a moderator's first. */
export async function moderate(connection: Connection, auth: ReaderAuth, threadKey: string, action: ModerationAction): Promise<void> {
  const { moderate } = await import('./moderation.js');
  await moderate(connection, auth, threadKey, action);
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
  batch.set(ref, deletedCommentDocument(keptPlace(comment), serverTimestamp()));
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
 * lost): no failure at all. A moderator blocked the author (`blocked`), the thread was closed
 * (`closed`), or the comment came too soon after the author's last one (`too-soon`): the reader is
 * told in words. Anything else stays `rejected`.
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
  // A blocked author first: nothing else they could change would help.
  if ((await readModeration(connection, uid, { fresh: true })).blocked) {
    throw new StoreError('blocked', 'A moderator has blocked this author (authors/{uid} blocked: true); the rules refuse everything they write.', { cause: error });
  }
  const thread = await getDoc(doc(connection.db, 'threads', threadDocumentId(post.threadKey))).catch(() => null);
  if (thread?.get('closed') === true) throw new StoreError('closed', 'The site owner has closed this thread to new comments.', { cause: error });
  if (await AuthorMarkers.for(connection).refusedAsTooSoon(uid)) {
    throw new StoreError('too-soon', 'The rules refused a comment this soon after the author\'s last one (rateWindow, composeTime).', { cause: error });
  }
  throw failure;
}
