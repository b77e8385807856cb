import type { Account, OAuthProvider } from '../model/identity.js';

/**
 * What the browser remembers about signing in, outside Firebase Auth: small enough to read before
 * Auth loads, so the page knows whether a sign-in is coming back to it and whom to show as signed in.
 * Storage may be missing or full (private windows, sandboxed frames): everything then reads as empty.
 */

const PENDING = 'leave-a-reply:sign-in';
const EMAIL_FOR_LINK = 'leave-a-reply:email-link';

export interface PendingSignIn {
  provider: OAuthProvider;
  /** The seam's ID token, when the seam stood in for the redirect. */
  idToken?: string;
}

/** A redirect this tab started: the page that comes back finishes it (sessionStorage: this tab only). */
export function rememberPendingSignIn(pending: PendingSignIn): void {
  attempt(() => sessionStorage.setItem(PENDING, JSON.stringify(pending)));
}

export function pendingSignIn(): PendingSignIn | null {
  const value = attempt(() => JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as unknown);
  if (!isRecord(value) || typeof value['provider'] !== 'string') return null;
  return value as unknown as PendingSignIn;
}

export function clearPendingSignIn(): void {
  attempt(() => sessionStorage.removeItem(PENDING));
}

/** The address an email link was sent to: Firebase needs it again when the link is opened. */
export function rememberEmailForLink(email: string): void {
  attempt(() => localStorage.setItem(EMAIL_FOR_LINK, email));
}

export function takeEmailForLink(): string | null {
  const email = attempt(() => localStorage.getItem(EMAIL_FOR_LINK));
  attempt(() => localStorage.removeItem(EMAIL_FOR_LINK));
  return email ?? null;
}

/** The account last signed in on this site, to show at once; Auth confirms it when it loads. */
export function rememberedAccount(key: string): Account | null {
  const value = attempt(() => JSON.parse(localStorage.getItem(accountKey(key)) ?? 'null') as unknown);
  if (!isRecord(value) || typeof value['uid'] !== 'string' || typeof value['provider'] !== 'string') return null;
  // Remembered by an earlier version, without the claim: not a moderator until Auth says so.
  return { ...(value as unknown as Account), moderator: value['moderator'] === true };
}

export function rememberAccount(key: string, account: Account | null): void {
  attempt(() => (account ? localStorage.setItem(accountKey(key), JSON.stringify(account)) : localStorage.removeItem(accountKey(key))));
}

/** Whether a sign-in is on its way back to this page: a redirect this tab started, or an email link. */
export function signInIsComingBack(): boolean {
  return pendingSignIn() !== null || emailLinkInUrl();
}

/** Whether this page was opened from a sign-in link (Firebase's parameters are in its address). */
export function emailLinkInUrl(): boolean {
  const query = new URLSearchParams(location.search);
  return query.get('mode') === 'signIn' && query.has('oobCode');
}

function accountKey(key: string): string {
  return `leave-a-reply:account:${key}`;
}

function attempt<T>(run: () => T): T | null {
  try {
    return run();
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
