import { createContext } from '@lit/context';
import type { ConversationSettings, IdentitySettings } from '../config/widget-config.js';
import type { AccountService, SignInSeam } from '../data/accounts.js';
import type { CommentStore } from '../data/store.js';
import type { Localization } from '../i18n/localization.js';

/**
 * What <leave-a-reply> provides to every part of the widget below it. The thread, the form (and
 * replies and moderation later) consume these instead of receiving callbacks through properties.
 */

/** Where the comments are read and written. Null while the widget's settings are unusable. */
export const storeContext = createContext<CommentStore | null>(Symbol('leave-a-reply-store'));

/** The thread and how it is shown: order, pages, nesting, edit window, closed (README's attributes). */
export interface ThreadInfo extends ConversationSettings {
  /** The conversation's key (the page's path by default). */
  threadKey: string;
  /** The title in "One thought on “…”". */
  postTitle: string;
  /** Where the reader's unsent text is saved: one per site and thread. */
  draftKey: string;
}

export const threadContext = createContext<ThreadInfo | null>(Symbol('leave-a-reply-thread'));

export const localizationContext = createContext<Localization>(Symbol('leave-a-reply-localization'));

/** The reader's accounts. Null where there are none (a custom store): the picker then offers guests only. */
export const accountsContext = createContext<AccountService | null>(Symbol('leave-a-reply-accounts'));

export interface IdentityInfo extends IdentitySettings {
  /** Stands in for the providers' popup and redirect (tests, the demo on emulators); null on real sites. */
  seam: SignInSeam | null;
}

export const identityContext = createContext<IdentityInfo>(Symbol('leave-a-reply-identity'));

/** Guests only, emails required, avatars shown: the widget's defaults. */
export const DEFAULT_IDENTITY: IdentityInfo = { providers: ['guest'], requireEmail: true, avatars: true, seam: null };
