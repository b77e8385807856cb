import type { AccountProvider } from '../../model/identity.js';

/*
 * Firebase's names for the providers, for the code that signs in and posts (loaded after the first
 * comments, so kept out of model/identity.ts, which the first comments load). firestore.rules repeats
 * this mapping.
 */

/**
 * The `firebase.sign_in_provider` claim of an ID token for each provider. An email link signs in with
 * Firebase's password provider, which is why the rules also insist on a verified email for it.
 */
export const FIREBASE_PROVIDER_ID: Record<AccountProvider, string> = {
  google: 'google.com',
  github: 'github.com',
  microsoft: 'microsoft.com',
  apple: 'apple.com',
  facebook: 'facebook.com',
  twitter: 'twitter.com',
  'email-link': 'password',
};

/** The provider an ID token's `sign_in_provider` claim stands for; null for anonymous and anything else. */
export function providerOfFirebaseId(firebaseId: string): AccountProvider | null {
  const found = Object.entries(FIREBASE_PROVIDER_ID).find(([, id]) => id === firebaseId);
  return found ? (found[0] as AccountProvider) : null;
}

