/**
 * Who a comment's author is: a guest, or an account at one of the sign-in providers the site owner
 * offers (the `providers` attribute). No Firebase here: the picker, the thread and the rules suite
 * share these names. Their Firebase provider IDs are in data/firestore/provider-ids.ts.
 */

/** Every value the `providers` attribute accepts, in the order the docs list them. */
export const PROVIDERS = ['guest', 'google', 'github', 'microsoft', 'apple', 'facebook', 'twitter', 'email-link'] as const;

export type Provider = (typeof PROVIDERS)[number];

/** A provider with an account behind it: everything but `guest`. */
export type AccountProvider = Exclude<Provider, 'guest'>;

/** The providers signed in with a popup or a redirect (email-link sends a link instead). */
export type OAuthProvider = Exclude<AccountProvider, 'email-link'>;

/** Each provider's own name for itself, the same in every language. */
export const PROVIDER_NAME: Record<Provider, string> = {
  guest: 'Guest',
  google: 'Google',
  github: 'GitHub',
  microsoft: 'Microsoft',
  apple: 'Apple',
  facebook: 'Facebook',
  twitter: 'X (Twitter)',
  'email-link': 'Email',
};

export function isProvider(value: string): value is Provider {
  return (PROVIDERS as readonly string[]).includes(value);
}

export function isOAuthProvider(provider: Provider): provider is OAuthProvider {
  return provider !== 'guest' && provider !== 'email-link';
}

/** A signed-in account, as the widget shows it: "You are commenting using your Google account." */
export interface Account {
  uid: string;
  provider: AccountProvider;
  /** The account's display name; null until the reader gives one (an email link brings none). */
  name: string | null;
  /** The provider's photo, an https URL, or null. */
  avatar: string | null;
  /**
   * The ID token's custom claim `moderator: true` (`npx leave-a-reply moderators add`; signing in
   * again brings it). The widget shows moderation to such accounts; the rules decide what they may do.
   */
  moderator: boolean;
}
