import { PROVIDER_NAME, type AccountProvider } from '../model/identity.js';
import { AccountError, type AccountErrorCode } from './accounts.js';

/**
 * Firebase Auth's error codes, mapped to what the picker tells the reader and, where the site owner
 * must act, what the console says. No Firebase import: the codes are plain strings.
 */
export function toAccountError(error: unknown, provider: AccountProvider): AccountError {
  if (error instanceof AccountError) return error;
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : '';
  const name = PROVIDER_NAME[provider];
  const say = (kind: AccountErrorCode, message: string) => new AccountError(kind, provider, message, { cause: error });
  switch (code) {
    case 'auth/popup-closed-by-user':
    case 'auth/user-cancelled':
      return say('popup-closed', `The ${name} sign-in window was closed before signing in.`);
    case 'auth/network-request-failed':
    case 'auth/timeout':
      return say('offline', `${name} or Firebase Auth could not be reached.`);
    case 'auth/operation-not-allowed':
    case 'auth/invalid-oauth-provider':
    case 'auth/invalid-oauth-client-id':
    case 'auth/configuration-not-found':
      return say(
        'not-enabled',
        `${name} sign-in is not enabled for this Firebase project. Enable it in the Firebase console ` +
          `(Authentication → Sign-in method → Add new provider → ${name}); docs/setup.md lists what each provider needs. ` +
          `Or remove "${provider}" from the "providers" attribute.`,
      );
    case 'auth/unauthorized-domain':
    case 'auth/unauthorized-continue-uri':
      return say(
        'not-enabled',
        `Sign-in is not allowed on ${location.hostname}. Add it to the Firebase console's authorized domains ` +
          '(Authentication → Settings → Authorized domains).',
      );
    case 'auth/web-storage-unsupported':
      return say(
        'storage-blocked',
        `The browser blocks the storage that ${name} sign-in needs on this site (third-party storage partitioning). ` +
          'Serve the sign-in handler from the blog\'s own domain: docs/setup.md, "Sign-in on browsers that partition storage".',
      );
    case 'auth/user-disabled':
    case 'auth/account-exists-with-different-credential':
    case 'auth/user-mismatch':
    case 'auth/provider-already-linked':
      return say('refused', `${name} sign-in was refused (${code}).`);
    case 'auth/invalid-action-code':
    case 'auth/expired-action-code':
    case 'auth/invalid-email':
      return say('invalid-link', 'The sign-in link is invalid, expired, or was opened in another browser.');
    default:
      return say('unknown', error instanceof Error ? error.message : String(error));
  }
}
