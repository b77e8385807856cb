/**
 * What a comment is, independent of where it is stored: the shapes the components render and submit,
 * the limits every layer agrees on, and the checks a draft must pass before it is sent.
 *
 * The same limits are written again in `firestore.rules` (rules cannot import code); the rules suite
 * tests both sides of every limit, so the two cannot drift apart unnoticed.
 */

/** Lengths are in UTF-16 code units, JavaScript's `length`, which is how the rules' `size()` counts. */
export const LIMITS = {
  textMax: 5000,
  nameMax: 80,
  /** The longest address RFC 5321 lets through. */
  emailMax: 254,
  websiteMax: 200,
  /** Links in a comment's text (countLinks); the rules' maxLinks(). */
  linksMax: 2,
} as const;

/**
 * The rules' composeTime() (firestore.rules), mirrored so the widget can wait it out before sending
 * instead of being refused. The rules decide: a site owner who makes them stricter gets the refusal
 * explained ("Please wait a few seconds…"), not a different wait (docs/security-model.md, "Spam").
 */
export const SPAM_LIMITS = {
  /** From opening the form to posting: the widget waits out the rest before sending. */
  composeMs: 3_000,
} as const;

/**
 * Links in a comment's text, as the rules' tooManyLinks counts them: every http://, https:// or ftp://
 * address, and every www. that does not follow one.
 */
export function countLinks(text: string): number {
  // `u`: the rules' RE2 folds case by Unicode (the long s, ſ, matches s); without `u` JavaScript does not.
  return text.match(/(?:https?|ftp):\/\/|(?:^|[^/])www\./giu)?.length ?? 0;
}

import type { Provider } from './identity.js';

/**
 * Where a comment sits in its thread. Top-level comments have no parent, depth 0 and no root time;
 * a reply has its parent's id, the parent's depth + 1, and the exact creation time of the top-level
 * comment it hangs under (`rootCreatedAt`), which lets one query fetch a page's replies.
 */
export interface CommentPlace {
  parentId: string | null;
  depth: number;
  /** RFC 3339 with up to nanoseconds, exactly as stored; null at the top level. */
  rootCreatedAt: string | null;
}

/** Top level: where a comment goes unless it replies to another. */
export const TOP_LEVEL: CommentPlace = { parentId: null, depth: 0, rootCreatedAt: null };

/** What every stored comment has, published or deleted. Every field has been checked by `parseComment`. */
interface StoredComment extends CommentPlace {
  id: string;
  createdAt: Date;
  /** `createdAt` exactly as stored (RFC 3339, up to nanoseconds): page cursors and replies' `rootCreatedAt`. */
  createdStamp: string;
  /** The latest write's time: of two copies of a comment, the later one wins. */
  updatedAt: Date;
  /** True while the server has not yet confirmed the author's own write. */
  pending: boolean;
}

/** A published comment as a reader sees it. */
export interface PublishedComment extends StoredComment {
  status: 'published';
  author: {
    /** The author's Firebase uid: who may edit it, for the edit window. */
    uid: string;
    name: string;
    /** An http(s) URL, or null. Still re-checked where it becomes a link. */
    website: string | null;
    /** How the author proved who they are: `guest`, or the provider of their account. */
    provider: Provider;
    /** The account's photo or the guest's Gravatar, as stored: untrusted, checked where it is shown. */
    avatar: string | null;
  };
  /** The author's text exactly as stored: untrusted, sanitized only where it is rendered. */
  text: string;
  /** When the author last edited it, or null. */
  editedAt: Date | null;
}

/**
 * A comment held back from readers: `pending` moderation (the site's mode, or too many links), or
 * marked `spam` by a moderator. Only its author and moderators can read it: the author sees theirs in
 * place, greyed, with "Your comment is awaiting moderation."; moderators see it in their queue.
 */
export interface HeldComment extends Omit<PublishedComment, 'status'> {
  status: 'pending' | 'spam';
}

/** A comment with its author and text: published, or held. */
export type WrittenComment = PublishedComment | HeldComment;

/**
 * A comment its author deleted: no name, no text, only its place, so that its replies keep theirs.
 * Shown as "This comment was deleted." where it has replies, and not at all where it has none.
 */
export interface DeletedComment extends StoredComment {
  status: 'deleted';
}

export type Comment = PublishedComment | HeldComment | DeletedComment;

/**
 * The nesting limit, as WordPress counts it ("threaded comments N levels deep"): 1 means no replies.
 * The rules allow at most MAX_LEVELS, WordPress's own maximum.
 */
export const MAX_LEVELS = 10;
export const DEFAULT_LEVELS = 5;

/**
 * Where a reply to `parent` goes with `levels` levels of nesting: under the parent, or, when the
 * parent is at the limit already, beside it (under the parent's parent, at the limit), as WordPress
 * attaches it. Null when replies are off (`levels` 1) or the parent cannot be answered yet (not
 * confirmed, or deleted).
 */
export function replyPlace(parent: Comment, levels: number): CommentPlace | null {
  if (levels < 2 || parent.pending || parent.status !== 'published') return null;
  if (parent.depth + 1 < levels) {
    return { parentId: parent.id, depth: parent.depth + 1, rootCreatedAt: parent.rootCreatedAt ?? parent.createdStamp };
  }
  if (parent.parentId === null) return null;
  return { parentId: parent.parentId, depth: parent.depth, rootCreatedAt: parent.rootCreatedAt };
}

/** What the reader typed into the form: the text, and a guest's details (ignored for an account). */
export interface CommentDraft {
  text: string;
  name: string;
  email: string;
  website: string;
}

export type DraftField = keyof CommentDraft;

/** Every field but Website must be filled in. */
export type RequiredField = Exclude<DraftField, 'website'>;

/** Why a field was refused; the form turns each into a localized sentence. */
export type FieldProblem = 'required' | 'too-long' | 'too-many-links' | 'invalid-email' | 'invalid-website';

export type DraftProblems = Partial<Record<DraftField, FieldProblem>>;

// A pragmatic address shape: something@something.tld, no spaces. The rules use the same pattern.
const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * Nothing a reader could see: white space, control characters, byte-order marks. The rules' `blank`
 * is the same test, so a text the form accepts is one the rules accept.
 */
export function isBlank(value: string): boolean {
  return /^[\s\p{Z}\p{Cc}\uFEFF]*$/u.test(value);
}

/** Who the draft is posted as: a guest (whose details are checked), or a signed-in account. */
export interface DraftCheck {
  /** `guest`: text and details; `account`: the text only; `named-account`: an account without a name gives one. */
  as: 'guest' | 'account' | 'named-account';
  /** False where the site owner made email optional (`require-email="false"`). */
  requireEmail: boolean;
}

/**
 * Checks a draft against the limits. The field order of the result is the form's order, so the
 * first key is the field to focus. Links are not counted: a new comment with more than
 * LIMITS.linksMax is held for moderation rather than refused (an edit's text is: checkEdit).
 */
export function checkDraft(draft: CommentDraft, check: DraftCheck = { as: 'guest', requireEmail: true }): DraftProblems {
  const problems: DraftProblems = {};
  const text = draft.text.trim();
  if (isBlank(text)) problems.text = 'required';
  else if (text.length > LIMITS.textMax) problems.text = 'too-long';
  if (check.as === 'account') return problems;

  // Email before Name: the order of the fields in the identity picker, as on WordPress.com.
  const email = draft.email.trim();
  if (check.as === 'guest') {
    if (!email) {
      if (check.requireEmail) problems.email = 'required';
    } else if (email.length > LIMITS.emailMax) problems.email = 'too-long';
    else if (!EMAIL_PATTERN.test(email)) problems.email = 'invalid-email';
  }

  const name = draft.name.trim();
  if (isBlank(name)) problems.name = 'required';
  else if (name.length > LIMITS.nameMax) problems.name = 'too-long';
  if (check.as === 'named-account') return problems;

  if (draft.website.trim()) {
    const website = normalizeWebsite(draft.website);
    if (website === null) problems.website = 'invalid-website';
    else if (website.length > LIMITS.websiteMax) problems.website = 'too-long';
  }
  return problems;
}

/**
 * Turns what a reader typed as their website into the URL that is stored: "example.com" becomes
 * "https://example.com/", anything that is not http(s) is refused (null).
 */
export function normalizeWebsite(typed: string): string | null {
  const value = typed.trim();
  if (!value) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
  return url.href;
}
