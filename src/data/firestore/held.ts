import { onIdTokenChanged } from 'firebase/auth';
import { collection, onSnapshot, query, where } from 'firebase/firestore';
import type { HeldComment } from '../../model/comment.js';
import { parseComment } from '../../model/parse-comment.js';
import { forgetHeld, heldIn } from '../held-memory.js';
import type { StoreError, Unsubscribe } from '../store.js';
import type { ThreadState } from '../thread-state.js';
import { threadDocumentId } from '../thread-id.js';
import type { ReaderAuth } from './auth.js';
import type { Connection } from './connection.js';
import { toStoreError } from './errors.js';

export interface HeldListener {
  /**
   * The held comments the reader may read, all of them each time: their own pending ones (`author`),
   * or, for a moderator, every pending and spam comment of the thread (`moderator`).
   */
  held(comments: HeldComment[], as: 'author' | 'moderator' | null, fromServer: boolean): void;
  error(error: StoreError): void;
}

/**
 * Follows the held comments of a thread that whoever is signed in may read, and starts over when
 * that changes (a sign-in, a new token with the moderator claim). Each query asks for exactly what the
 * rules let that reader read: an author's own pending comments (`author.uid == me`), a moderator's
 * `pending` and `spam`. A chunk of its own: loaded only for a reader with a held comment remembered
 * in this browser, or a moderator.
 */
export function listenHeld(
  connection: Connection,
  auth: ReaderAuth,
  threadKey: string,
  /** Whether the reader has held comments here to follow (this browser remembers one). */
  wantOwn: () => boolean,
  listener: HeldListener,
): Unsubscribe {
  const comments = collection(connection.db, 'threads', threadDocumentId(threadKey), 'comments');
  let stop: Unsubscribe = () => {};
  let user: string | null = null;
  let turn = 0;
  const stopToken = onIdTokenChanged(auth.auth, (signedIn) => {
    const mine = ++turn;
    void (async () => {
      const moderator = signedIn && !signedIn.isAnonymous ? (await signedIn.getIdTokenResult()).claims['moderator'] === true : false;
      const who = signedIn ? `${signedIn.uid}:${moderator}` : null;
      if (mine !== turn || who === user) return;
      user = who;
      stop();
      stop = () => {};
      listener.held([], null, false);
      if (!signedIn || (!moderator && !wantOwn())) return;
      const asked = moderator
        ? query(comments, where('status', 'in', ['pending', 'spam']))
        : query(comments, where('author.uid', '==', signedIn.uid), where('status', '==', 'pending'));
      stop = onSnapshot(
        asked,
        (snapshot) => {
          const held = snapshot.docs.flatMap((found) => {
            const comment = parseComment(found.id, found.data({ serverTimestamps: 'estimate' }), found.metadata.hasPendingWrites);
            return comment && (comment.status === 'pending' || comment.status === 'spam') ? [comment] : [];
          });
          listener.held(held, moderator ? 'moderator' : 'author', !snapshot.metadata.fromCache);
        },
        (error) => listener.error(toStoreError(error)),
      );
    })().catch((error: unknown) => listener.error(toStoreError(error)));
  });
  return () => {
    turn++;
    stopToken();
    stop();
  };
}

/**
 * A watch's held comments (FirestoreStore.watchThread): the reader's own go into the thread's `state`,
 * in place, and leave it when a moderator has decided (approved ones arrive through the comments'
 * listener, as published); a moderator's queue goes to `queue`. Here, in this chunk, rather than in
 * the store: the first read's code stays as small as it was for readers with nothing held.
 */
export function followHeld(
  connection: Connection,
  auth: ReaderAuth,
  watch: { projectKey: string; threadKey: string; state: ThreadState; ownHeld: Set<string> },
  listener: { queue(held: HeldComment[]): void; error(error: StoreError): void },
): Unsubscribe {
  const { projectKey, threadKey, state, ownHeld } = watch;
  return listenHeld(connection, auth, threadKey, () => heldIn(projectKey, threadKey).length > 0, {
    held: (comments, as, fromServer) => {
      const queue = as === 'moderator' ? comments : [];
      // Unapproved or marked spam: the comments' listener (published and deleted only) never hears
      // that a comment read before left, so the queue takes it out of the thread.
      for (const comment of queue) {
        const known = state.get(comment.id);
        if (known?.status === 'published' && !known.pending && known.updatedAt <= comment.updatedAt) state.apply('live', [], [comment.id]);
      }
      const mine = as === 'author' ? comments : [];
      const gone = [...ownHeld].filter((id) => !mine.some((comment) => comment.id === id));
      for (const comment of mine) {
        const known = state.get(comment.id);
        // Approved meanwhile, and heard of by the comments' listener first: that copy stays.
        if (!known || known.status !== 'published' || known.pending || known.updatedAt <= comment.updatedAt) state.apply('live', [comment]);
        ownHeld.add(comment.id);
      }
      for (const id of gone) {
        ownHeld.delete(id);
        const status = state.get(id)?.status;
        if (status === 'pending' || status === 'spam') state.apply('live', [], [id]);
        // Approved or deleted: nothing more to wait for. A cached answer may just not know it yet.
        if (fromServer) forgetHeld(projectKey, id);
      }
      listener.queue(queue);
    },
    error: (error) => listener.error(error),
  });
}
