import {
  browserPopupRedirectResolver,
  EmailAuthProvider,
  getRedirectResult,
  GithubAuthProvider,
  GoogleAuthProvider,
  isSignInWithEmailLink,
  linkWithCredential,
  linkWithPopup,
  linkWithRedirect,
  OAuthProvider,
  sendSignInLinkToEmail,
  signInWithCredential,
  signInWithPopup,
  signInWithRedirect,
  updateProfile,
  type AuthCredential,
  type AuthProvider,
  type User,
  type UserCredential,
} from 'firebase/auth';
import type { AccountProvider, OAuthProvider as ProviderName } from '../../model/identity.js';
import { FIREBASE_PROVIDER_ID, providerOfFirebaseId } from './provider-ids.js';
import { toAccountError } from '../account-errors.js';
import type { SignInOutcome, SignInSeam } from '../accounts.js';
import {
  clearPendingSignIn,
  emailLinkInUrl,
  pendingSignIn,
  rememberEmailForLink,
  rememberPendingSignIn,
  takeEmailForLink,
  type PendingSignIn,
} from '../sign-in-memory.js';
import type { ReaderAuth } from './auth.js';

/**
 * Signing in with a provider: the popup, the redirect where a popup cannot work, an email link, and
 * the seam that stands in for the first two in tests and demos. Loaded when a reader picks a provider,
 * or when a sign-in comes back to the page, with the popup and redirect code it needs.
 */

export async function signIn(reader: ReaderAuth, provider: ProviderName, seam: SignInSeam | null, aborted: AbortSignal): Promise<SignInOutcome> {
  await reader.auth.authStateReady();
  if ((await document.hasStorageAccess?.()) === false) throw toAccountError({ code: 'auth/web-storage-unsupported' }, provider);
  const guest = currentGuest(reader);
  const viaRedirect = () => redirect(reader, provider, guest, seam);
  if (inAppBrowser()) return viaRedirect();

  let credential: AuthCredential | null = null;
  try {
    if (seam) {
      credential = credentialFor(provider, await seam(provider, 'popup'));
      if (aborted.aborted) return 'cancelled';
      await finish(linkOrSignIn(reader, guest, credential));
    } else {
      const authProvider = providerFor(provider);
      await finish(
        guest
          ? linkWithPopup(guest, authProvider, browserPopupRedirectResolver)
          : signInWithPopup(reader.auth, authProvider, browserPopupRedirectResolver),
      );
    }
    return aborted.aborted ? 'cancelled' : 'signed-in';
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (aborted.aborted) return 'cancelled';
    if (code === 'auth/popup-blocked' || code === 'auth/operation-not-supported-in-this-environment') return viaRedirect();
    if (code === 'auth/cancelled-popup-request') return 'cancelled';
    return accountExists(reader, error, credential, provider);
  }
}

/**
 * Finishes a sign-in that left the page: a redirect (the SDK's, or the seam's stand-in for it) or an
 * email link. Null when there is none to finish.
 */
export async function resume(reader: ReaderAuth): Promise<{ outcome: SignInOutcome; provider: AccountProvider } | null> {
  const pending = pendingSignIn();
  if (emailLinkInUrl()) return { outcome: await finishEmailLink(reader), provider: 'email-link' };
  if (!pending) return null;
  return { outcome: await finishRedirect(reader, pending), provider: pending.provider };
}

async function finishRedirect(reader: ReaderAuth, pending: PendingSignIn): Promise<SignInOutcome> {
  clearPendingSignIn();
  await reader.auth.authStateReady();
  const guest = currentGuest(reader);
  let credential: AuthCredential | null = null;
  try {
    if (pending.idToken !== undefined) {
      credential = credentialFor(pending.provider, pending.idToken);
      await finish(linkOrSignIn(reader, guest, credential));
      return 'signed-in';
    }
    const result = await getRedirectResult(reader.auth, browserPopupRedirectResolver);
    if (result) {
      await finish(Promise.resolve(result));
      return 'signed-in';
    }
    // We left for the provider and came back with nothing: the browser kept the sign-in's state from
    // the auth domain's page (third-party storage partitioning; docs/setup.md shows the setup that avoids it).
    throw toAccountError({ code: 'auth/web-storage-unsupported' }, pending.provider);
  } catch (error) {
    return accountExists(reader, error, credential, pending.provider);
  }
}

export async function sendEmailLink(reader: ReaderAuth, email: string, returnTo: string): Promise<void> {
  try {
    await sendSignInLinkToEmail(reader.auth, email, { url: returnTo, handleCodeInApp: true });
    rememberEmailForLink(email);
  } catch (error) {
    throw toAccountError(error, 'email-link');
  }
}

export async function useExistingAccount(reader: ReaderAuth): Promise<void> {
  const credential = reader.existing;
  if (!credential) return;
  const guest = currentGuest(reader);
  try {
    await finish(signInWithCredential(reader.auth, credential));
    reader.existing = null;
    reader.guestBeforeSwitch = guest;
  } catch (error) {
    throw toAccountError(error, providerOfFirebaseId(credential.providerId) ?? 'google');
  }
}

async function redirect(reader: ReaderAuth, provider: ProviderName, guest: User | null, seam: SignInSeam | null): Promise<SignInOutcome> {
  try {
    if (seam) {
      // The seam's stand-in for the provider's page: the page reloads, as it would on coming back.
      rememberPendingSignIn({ provider, idToken: await seam(provider, 'redirect') });
      location.reload();
    } else {
      rememberPendingSignIn({ provider });
      const authProvider = providerFor(provider);
      await (guest
        ? linkWithRedirect(guest, authProvider, browserPopupRedirectResolver)
        : signInWithRedirect(reader.auth, authProvider, browserPopupRedirectResolver));
    }
    return 'redirecting';
  } catch (error) {
    clearPendingSignIn();
    throw toAccountError(error, provider);
  }
}

async function finishEmailLink(reader: ReaderAuth): Promise<SignInOutcome> {
  const href = location.href;
  forgetEmailLinkUrl();
  const email = takeEmailForLink();
  if (!email || !isSignInWithEmailLink(reader.auth, href)) throw toAccountError({ code: 'auth/invalid-action-code' }, 'email-link');
  await reader.auth.authStateReady();
  const guest = currentGuest(reader);
  try {
    await finish(linkOrSignIn(reader, guest, EmailAuthProvider.credentialWithLink(email, href)));
    return 'signed-in';
  } catch (error) {
    return accountExists(reader, error, null, 'email-link');
  }
}

/**
 * A provider account that already has a user of its own cannot be linked to this guest: keep its
 * credential, so the reader can choose to sign in to it. Any other error is thrown as an AccountError.
 */
function accountExists(
  reader: ReaderAuth,
  error: unknown,
  credential: AuthCredential | null,
  provider: AccountProvider,
): 'account-exists' {
  const code = (error as { code?: unknown }).code;
  if (code === 'auth/credential-already-in-use' || code === 'auth/email-already-in-use') {
    const existing = OAuthProvider.credentialFromError(error as Parameters<typeof OAuthProvider.credentialFromError>[0]) ?? credential;
    if (existing) {
      reader.existing = existing;
      return 'account-exists';
    }
  }
  throw toAccountError(error, provider);
}

/**
 * After any sign-in: an account whose user has no name or photo yet (a linked guest) takes them from
 * the provider's profile, and the token is renewed, so the rules see the name the comment will show.
 */
async function finish(signingIn: Promise<UserCredential>): Promise<void> {
  const { user } = await signingIn;
  const profile = user.providerData.find((info) => info.displayName || info.photoURL);
  if (profile && ((!user.displayName && profile.displayName) || (!user.photoURL && profile.photoURL))) {
    // Undefined, not null, for what neither has: Auth refuses a null name or photo (a profile without a
    // photo is common: the demo's accounts, a GitHub user without one).
    await updateProfile(user, {
      displayName: user.displayName || profile.displayName || undefined,
      photoURL: user.photoURL || profile.photoURL || undefined,
    });
    await user.getIdToken(true);
  }
}

/** The reader's anonymous (guest) user, if that is who is signed in: a sign-in links to it. */
function currentGuest(reader: ReaderAuth): User | null {
  return reader.auth.currentUser?.isAnonymous ? reader.auth.currentUser : null;
}

/** A guest keeps their uid, and so their comments: the credential is linked to them. Anyone else signs in. */
function linkOrSignIn(reader: ReaderAuth, guest: User | null, credential: AuthCredential): Promise<UserCredential> {
  return guest ? linkWithCredential(guest, credential) : signInWithCredential(reader.auth, credential);
}

function providerFor(provider: ProviderName): AuthProvider {
  switch (provider) {
    case 'google':
      return new GoogleAuthProvider().setCustomParameters({ prompt: 'select_account' });
    case 'github':
      return new GithubAuthProvider();
    default:
      return new OAuthProvider(FIREBASE_PROVIDER_ID[provider]);
  }
}

/** A credential from an ID token, as the seam returns it (only the Auth emulator accepts unsigned ones). */
function credentialFor(provider: ProviderName, idToken: string): AuthCredential {
  return provider === 'google'
    ? GoogleAuthProvider.credential(idToken)
    : new OAuthProvider(FIREBASE_PROVIDER_ID[provider]).credential({ idToken });
}

/** Facebook's, Instagram's, LINE's and Android's in-app browsers, where popups open nowhere useful. */
function inAppBrowser(): boolean {
  return /FBAN|FBAV|Instagram|Line\/|; wv\)/.test(navigator.userAgent);
}

const LINK_PARAMETERS = ['apiKey', 'oobCode', 'mode', 'lang', 'continueUrl', 'tenantId'];

/** Takes the sign-in parameters out of the address bar: a reload or a shared link must not reuse them. */
function forgetEmailLinkUrl(): void {
  const url = new URL(location.href);
  for (const name of LINK_PARAMETERS) url.searchParams.delete(name);
  history.replaceState(history.state, '', url.href);
}
