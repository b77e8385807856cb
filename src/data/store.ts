import type { Comment, CommentDraft, CommentPlace, HeldComment, PublishedComment, WrittenComment } from '../model/comment.js';

/**
 * Where comments live. Components and controllers see only this interface; the Firestore
 * implementation is in `firestore-store.ts`, and component tests pass an in-memory one. Both pass the
 * same contract suite (test/contract/comment-store.ts).
 */
export interface CommentStore {
  /**
   * Follows one thread as `view` asks: its first page of top-level comments with all their replies,
   * then the changes to the thread as they happen. Calls `listener.next` with everything known so
   * far, at once and after every change, until the watch is stopped.
   */
  watchThread(threadKey: string, view: ThreadView, listener: ThreadListener): ThreadWatch;

  /**
   * Stores the comment, at the top level or as a reply (`place`, from replyPlace). As a guest (the
   * default): with the draft's name, website and email, signing the reader in anonymously if needed.
   * As the signed-in account: with its name and photo (an account without a name takes the draft's).
   * Watchers of the thread see it at once, marked pending until the store confirms it. `honeypot` is
   * the form's hidden field: people leave it empty, and the rules refuse a comment that fills it.
   * The store decides whether it is published or held for moderation (the site's mode, the author's
   * standing, its links: heldOnPosting); a held one shows to its author alone, as held, in this
   * browser and after a reload. Resolves with the new comment's ID. Rejects with a StoreError, and
   * only with one (`blocked`: a moderator has blocked the author).
   */
  postComment(threadKey: string, draft: CommentDraft, as?: PostAs, place?: CommentPlace, honeypot?: string): Promise<string>;

  /**
   * A comment posted from the form for `parentId` (null: the top level) by an earlier page, which the
   * server has not accepted yet: resolves with its ID once it has, as postComment does; null if there
   * is none. It is being sent again already, and shows pending in the thread meanwhile.
   */
  resumePost(threadKey: string, parentId: string | null): Promise<string> | null;

  /** The author corrects their comment's text, within the edit window. Rejects with a StoreError. */
  editComment(threadKey: string, comment: PublishedComment, text: string): Promise<void>;

  /**
   * The author deletes their comment, within the edit window: its name and text are erased, its place
   * stays for its replies (a DeletedComment). Rejects with a StoreError.
   */
  deleteComment(threadKey: string, comment: PublishedComment): Promise<void>;

  /**
   * The reader is about to write (they focused the form, or typed again after posting): a chance to
   * load what posting needs before they press the button, and to start the composing time the spam
   * rules ask for (docs/security-model.md). Cheap to call often.
   */
  prepareToPost(): void;

  /**
   * A moderator's action (docs/setup.md, "Moderating from the widget"), written with its entry in the
   * moderation log in one batch. Watchers see the result live. Rejects with a StoreError
   * (`rejected`: the reader is not a moderator, as far as the rules know).
   */
  moderate(threadKey: string, action: ModerationAction): Promise<void>;
}

/**
 * What a moderator can do: to a comment (approve a held one, unapprove or pin a published one, mark
 * it spam, delete it, block or unblock its author), or to the thread (close, reopen).
 */
export type ModerationAction =
  | { kind: 'approve' | 'unapprove' | 'spam' | 'delete' | 'pin' | 'unpin' | 'block' | 'unblock'; comment: WrittenComment }
  | { kind: 'close' | 'reopen' };

/** How a widget shows a thread: the order and size of its pages, and a comment to open at. */
export interface ThreadView {
  /** Of top-level comments; replies always run oldest first under their parent. */
  order: 'oldest' | 'newest';
  /** Top-level comments per page. */
  pageSize: number;
  /** A permalink's comment: the first read goes as far as the page that holds it. */
  focus?: string | null;
}

export interface ThreadWatch {
  /** Fetches the next page of top-level comments and their replies. Rejects with a StoreError. */
  loadMore(): Promise<void>;
  stop(): void;
}

/** What a store knows of a thread at one moment. */
export interface ThreadSnapshot {
  /**
   * Every comment read so far: the loaded pages' top-level comments, all their replies, and whatever
   * the live listener has heard of since (which may lie beyond the loaded pages; threadTree hides it).
   */
  comments: Comment[];
  /**
   * The last top-level comment of the loaded pages, in the view's order, or null once the last page
   * is loaded: top-level comments beyond it belong to pages not loaded yet.
   */
  more: PageEnd | null;
  /** Published comments in the thread, replies included, as the server counts them; null until known. */
  count: number | null;
  /**
   * False while the comments may be incomplete because the server has not answered yet (for example
   * offline, before the first answer).
   */
  synced: boolean;
  /** For a moderator: the thread's held comments (pending and spam), their queue. Empty for everyone else. */
  held: HeldComment[];
  /** Whether a moderator or the site owner closed the thread (threads/{threadId}); null until known. */
  closed: boolean | null;
  /** The pinned comment's ID, shown first; null when none (or not known yet). */
  pinned: string | null;
}

/** Where a page ends: a top-level comment's exact creation time and ID. */
export interface PageEnd {
  createdStamp: string;
  id: string;
}

/** Who a comment is posted as; a guest's avatar is their Gravatar URL, or null (gravatarUrl, avatars="off"). */
export type PostAs = { kind: 'guest'; avatar: string | null } | { kind: 'account' };

export interface ThreadListener {
  next(snapshot: ThreadSnapshot): void;
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
 * - `closed`: the site owner has closed the thread to new comments.
 * - `too-soon`: the rules' spam limits: the author posted a moment ago, or opened the form a moment ago.
 * - `blocked`: a moderator has blocked the author (authors/{uid} `blocked`); nothing they write is accepted.
 * - `unknown`: anything else.
 */
export type StoreErrorCode = 'offline' | 'rejected' | 'misconfigured' | 'signed-out' | 'closed' | 'too-soon' | 'blocked' | 'unknown';

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
