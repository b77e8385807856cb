import type { AccountErrorCode } from '../data/accounts.js';
import type { RequiredField } from '../model/comment.js';
import type { ModerationAction, StoreErrorCode } from '../data/store.js';

/** A moderator's button: an action on a comment, or on the thread. */
export type ModerationKind = ModerationAction['kind'];

/**
 * Every sentence the widget shows, grouped by the part of the widget that shows it. A locale module
 * exports one object of this shape; sentences with numbers receive a plural category from
 * Intl.PluralRules, so each language can have its own forms.
 */
export interface Messages {
  /** The widget as a whole. */
  widget: {
    /** Shown in place of the widget when the site owner's attributes are wrong. */
    unavailable: string;
  };
  /** The heading and the list of comments. */
  thread: {
    /** "One thought on “Title”". `formatted` is `count` written for the locale. */
    heading(count: { value: number; formatted: string; plural: Intl.LDMLPluralRule }, title: string): string;
    loading: string;
    waitingForConnection: string;
    /** The first read failed, or did not answer in time; Try again (`tryAgain`) follows it. */
    loadFailed: string;
    /** Under comments already shown: the live updates stopped; Try again follows it. */
    liveFailed: string;
    tryAgain: string;
    loadMore: string;
    loadingMore: string;
    loadMoreFailed: string;
    /** The button over comments that arrived while the reader was reading: "1 new comment". */
    newComments(count: { value: number; formatted: string; plural: Intl.LDMLPluralRule }): string;
    /** Instead of the form, where the site owner closed the thread. */
    closed: string;
  };
  /** One comment. */
  comment: {
    /** Follows the author's name, for screen readers: "Ada says:". */
    says: string;
    pending: string;
    /** The small provider mark's text for screen readers: "(signed in with Google)". `provider` is its own name. */
    signedInWith(provider: string): string;
    /** Beside the date of a comment its author changed. */
    edited: string;
    /** In place of a deleted comment that has replies. */
    deleted: string;
    reply: string;
    /** The Reply button's accessible name. */
    replyTo(name: string): string;
    edit: string;
    /** The label of the text box that edits a comment. */
    editLabel: string;
    save: string;
    saving: string;
    cancel: string;
    delete: string;
    deleting: string;
    confirmDelete: string;
    /** Editing or deleting failed; `tooLate` when the edit window has passed. */
    changeFailed(code: StoreErrorCode | 'too-late'): string;
    /** Under the author's own comment while it is held for moderation (WordPress's words). */
    held: string;
    /** On the comment a moderator pinned to the top of the thread. */
    pinned: string;
  };
  /**
   * The identity picker: who the reader comments as. `provider` is the provider's own name ("Google"),
   * the same in every language.
   */
  identity: {
    /** Above the provider icons and the guest's fields. */
    intro: string;
    /** Above the provider icons when the site has no guest comments. */
    introAccountsOnly: string;
    logInWith(provider: string): string;
    connecting(provider: string): string;
    cancel: string;
    retry: string;
    commentingUsing(provider: string): string;
    commentingAs(name: string): string;
    logOut: string;
    change: string;
    /** The consent to keep a guest's details across visits. */
    saveDetails: string;
    /** An account without a name (an email link's) gives one: the hint under Name. */
    accountNameHint: string;
    failed(code: AccountErrorCode, provider: string, guestOffered: boolean): string;
    accountExists(provider: string): string;
    useExisting(provider: string): string;
    stayGuest: string;
    emailLinkLabel: string;
    sendLink: string;
    linkSent(email: string): string;
    /** Post Comment pressed with no identity chosen, on a site without guest comments. */
    signInFirst: string;
  };
  /** <leave-a-reply-count>, on index pages: plain text, usually inside the site owner's link to the post. */
  count: {
    /**
     * "No Comments", "1 Comment", "3 Comments" (WordPress's defaults): the published comments, replies
     * included. `formatted` is `count.value` written for the locale.
     */
    comments(count: { value: number; formatted: string; plural: Intl.LDMLPluralRule }): string;
  };
  /** "Leave a Reply". */
  form: {
    title: string;
    /** The form's heading under a comment: "Leave a Reply to Ada". */
    replyTitle(name: string): string;
    cancelReply: string;
    requiredNote: string;
    commentLabel: string;
    nameLabel: string;
    emailLabel: string;
    emailHint: string;
    websiteLabel: string;
    submit: string;
    submitting: string;
    /** A required field left empty (Website is optional, so it has none). */
    required: Record<RequiredField, string>;
    /** `limit` is written for the locale. */
    tooLong(limit: string): string;
    /** `limit` is written for the locale. */
    tooManyLinks(limit: string): string;
    /** The hidden field's label, which only bots meet. */
    honeypotLabel: string;
    invalidEmail: string;
    invalidWebsite: string;
    postFailed(code: StoreErrorCode): string;
    stillSending: string;
    posted: string;
  };
}

/** What every counted sentence receives: the value, written for the locale, and its plural category. */
export type Counted = { value: number; formatted: string; plural: Intl.LDMLPluralRule };

/**
 * What moderators see: the queue of held comments, the buttons on each comment, and Close comments.
 * A namespace of its own, loaded with the moderation chunk (moderators only): readers' pages and
 * index pages never download these sentences. `name` is the comment's author.
 */
export interface ModerationMessages {
  /** The queue's button: "Pending (3)", the held comments waiting for a decision. */
  queue(count: Counted): string;
  /** The spam's own list in the queue, collapsed: "Spam (2)". */
  spam(count: Counted): string;
  /** Each button's text. */
  action: Record<ModerationKind, string>;
  /** Each button's accessible name, which begins with its text: "Approve the comment by Ada". */
  label(kind: ModerationKind, name: string): string;
  /** The question before Delete, Spam and Block author. */
  confirm(kind: 'delete' | 'spam' | 'block', name: string): string;
  cancel: string;
  working: string;
  failed(code: StoreErrorCode): string;
}
