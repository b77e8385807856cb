import type { Account, AccountProvider, OAuthProvider } from '../model/identity.js';
import type { Unsubscribe } from './store.js';

/**
 * Who the reader is signed in as, and the ways to change it: the service behind the identity picker,
 * beside the comment store. The Firebase implementation is firebase-accounts.ts; it loads Auth only
 * when the reader starts to write or picks a provider, never just to read.
 */
export interface AccountService {
  /**
   * Calls `listener` with the reader's account (null for a guest or nobody) at once and after every
   * change, until the returned function is called. At first this is what the browser remembers of the
   * last sign-in, without loading Auth; `prepare()` confirms it.
   */
  watch(listener: (account: Account | null) => void): Unsubscribe;

  /** The reader is about to write: load Auth and confirm who is signed in. */
  prepare(): void;

  /**
   * Finishes a sign-in that is coming back to this page from a redirect or an email link. Resolves
   * with its outcome and provider, or null (without loading Auth) when there is none. The picker
   * calls it when it first shows.
   */
  resume(): Promise<{ outcome: SignInOutcome; provider: AccountProvider } | null>;

  /**
   * Signs in with a provider's popup, or its redirect where a popup cannot work. A guest's anonymous
   * account is linked to the provider, so their comments stay theirs. Rejects with an AccountError.
   */
  signIn(provider: OAuthProvider, options?: SignInOptions): Promise<SignInOutcome>;

  /** Emails a sign-in link to `email`; the link brings the reader back to this page (`returnTo`). */
  sendEmailLink(email: string, returnTo: string): Promise<void>;

  /**
   * After `account-exists`: signs in to that existing account. The guest's comments stay with the
   * guest identity, which this page returns to on Log Out.
   */
  useExistingAccount(): Promise<void>;

  signOut(): Promise<void>;
}

export interface SignInOptions {
  /**
   * Aborting it (the reader's Cancel) makes the sign-in resolve `cancelled` at once. A provider window
   * cannot be closed from the page: if the reader still finishes in it, they are signed in after all,
   * and `watch` says so.
   */
  signal?: AbortSignal;
  /** Replaces the popup and the redirect (tests, the demo on emulators). */
  seam?: SignInSeam | null;
}

/**
 * - `signed-in`: done.
 * - `redirecting`: the page is leaving for the provider; the sign-in finishes when it comes back.
 * - `account-exists`: that provider account already belongs to another reader of this site (an
 *   earlier visit); `useExistingAccount()` switches to it.
 * - `cancelled`: the reader cancelled.
 */
export type SignInOutcome = 'signed-in' | 'redirecting' | 'account-exists' | 'cancelled';

/**
 * Stands in for the provider's popup and redirect: resolves with an ID token for the account the
 * reader chose, as the provider would return it (`via` says which of the two it replaces), or rejects
 * with what the popup would reject with (`{ code: 'auth/popup-closed-by-user' }`). Only the Auth
 * emulator accepts such tokens, unsigned JSON: `{"sub":"…","email":"…","name":"…","picture":"…"}`.
 * Everything before and after this call is the widget's real sign-in code.
 */
export type SignInSeam = (provider: OAuthProvider, via: 'popup' | 'redirect') => Promise<string>;

/**
 * Why a sign-in failed, for a sentence to the reader (and, for `not-enabled`, a console line):
 * - `popup-closed`: the reader closed the provider's window;
 * - `offline`: the provider or Firebase could not be reached;
 * - `not-enabled`: the site owner has not enabled this provider in the Firebase project;
 * - `storage-blocked`: the browser blocks the storage sign-in needs (third-party storage partitioning);
 * - `refused`: the provider or Firebase refused the account (disabled, or not allowed on this domain);
 * - `invalid-link`: an email link that expired, was used already, or was opened in another browser;
 * - `unknown`: anything else.
 */
export type AccountErrorCode = 'popup-closed' | 'offline' | 'not-enabled' | 'storage-blocked' | 'refused' | 'invalid-link' | 'unknown';

export class AccountError extends Error {
  override readonly name = 'AccountError';

  constructor(
    readonly code: AccountErrorCode,
    readonly provider: AccountProvider,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
