import { collection, doc, serverTimestamp, writeBatch } from 'firebase/firestore';
import type { CommentDraft } from '../../model/comment.js';
import { providerOfFirebaseId } from './provider-ids.js';
import { accountCommentDocument, commentDocument, contactDocument } from '../documents.js';
import { StoreError, type PostAs } from '../store.js';
import { threadDocumentId } from '../thread-id.js';
import type { ReaderAuth } from './auth.js';
import type { Connection } from './connection.js';

/** Writes the comment as a guest (with its private contact, in one batch) or as the signed-in account. */
export async function postComment(
  { db }: Connection,
  auth: ReaderAuth,
  threadKey: string,
  draft: CommentDraft,
  as: PostAs,
): Promise<void> {
  const comment = doc(collection(db, 'threads', threadDocumentId(threadKey), 'comments'));
  const batch = writeBatch(db);
  if (as.kind === 'guest') {
    const user = await auth.guestUser();
    // One batch, so the rules can insist that a guest comment never exists without its contact.
    batch.set(comment, commentDocument(user.uid, draft, serverTimestamp(), as.avatar));
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
    batch.set(comment, accountCommentDocument({ uid: user.uid, provider, name, avatar }, draft.text, serverTimestamp()));
  }
  await batch.commit();
}
