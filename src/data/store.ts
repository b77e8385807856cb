import type { Comment, CommentDraft } from '../model/comment.js';

/**
 * Where comments live. Components and controllers see only this interface; the Firestore
 * implementation is in `firestore-store.ts`, and component tests pass an in-memory one. Both pass the
 * same contract suite (test/contract/comment-store.ts).
 */
export interface CommentStore {
  /**
   * Calls `listener.next` with the thread's published comments, oldest first, as soon as they are
   * known and after every change, until the returned function is called.
   */
  watchThread(threadKey: string, listener: ThreadListener): Unsubscribe;

  /**
   * Stores the comment. As a guest (the default): with the draft's name, website and email, signing
   * the reader in anonymously if needed. As the signed-in account: with its name and photo (an
   * account without a name takes the draft's). Watchers of the thread see it at once, marked pending
   * until the store confirms it. Rejects with a StoreError, and only with one.
   */
  postComment(threadKey: string, draft: CommentDraft, as?: PostAs): Promise<void>;

  /** The reader is about to write: a chance to load what posting needs before they press the button. */
  prepareToPost(): void;
}

/** Who a comment is posted as; a guest's avatar is their Gravatar URL, or null (gravatarUrl, avatars="off"). */
export type PostAs = { kind: 'guest'; avatar: string | null } | { kind: 'account' };

export interface ThreadListener {
  /**
   * `synced` is false while the comments may be incomplete because the server has not answered yet
   * (for example offline, before the first answer).
   */
  next(comments: Comment[], meta: { synced: boolean }): void;
  error(error: StoreError): void;
}

export type Unsubscribe = () => void;

/**
 * Why the store failed, in words a component can act on:
 * - `offline`: the network is gone or the backend is unreachable; trying again later may work.
 * - `rejected`: the backend refused the data (the security rules); trying again as is will not help.
 * - `misconfigured`: the site owner's setup is wrong (rules not deployed, sign-in method disabled,
 *   bad API key); the message says what to fix and is meant for the console.
 * - `signed-out`: posting as an account, but the reader is no longer signed in to one.
 * - `unknown`: anything else.
 */
export type StoreErrorCode = 'offline' | 'rejected' | 'misconfigured' | 'signed-out' | 'unknown';

export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
