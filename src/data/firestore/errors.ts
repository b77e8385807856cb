import { StoreError } from '../store.js';

/**
 * Firebase's error codes (the SDKs' `code`, the REST API's status names), mapped to what the widget
 * can tell a reader or a site owner. No Firebase import: the first read uses it before any SDK loads.
 */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const say = (kind: StoreError['code'], message: string) => new StoreError(kind, message, { cause: error });
  switch (errorCode(error)) {
    case 'unavailable':
    case 'deadline-exceeded':
    case 'auth/network-request-failed':
      return say('offline', 'The comments server could not be reached.');
    case 'permission-denied':
      return say(
        'rejected',
        'Firestore refused the request. If this happens for valid comments, deploy the firestore.rules ' +
          'that ship with leave-a-reply (firebase deploy --only firestore).',
      );
    case 'failed-precondition':
      return say(
        'misconfigured',
        'Firestore needs the indexes in firestore.indexes.json: deploy them with firebase deploy --only firestore.',
      );
    case 'not-found':
      return say(
        'misconfigured',
        'This Firebase project has no Firestore database: create the (default) database in the Firebase console ' +
          '(Build → Firestore Database), and check the "project-id" attribute.',
      );
    case 'auth/operation-not-allowed':
    case 'auth/admin-restricted-operation':
      return say(
        'misconfigured',
        'Guests cannot sign in: enable the Anonymous provider in the Firebase console ' +
          '(Authentication → Sign-in method).',
      );
    case 'invalid-api-key':
    case 'auth/invalid-api-key':
    case 'auth/api-key-not-valid.-please-pass-a-valid-api-key.':
      return say('misconfigured', 'The "api-key" attribute is not a valid Web API key for this project.');
    default:
      return say('unknown', error instanceof Error ? error.message : String(error));
  }
}

/** The SDK's code ("permission-denied"), or the REST API's status ("PERMISSION_DENIED") in the same form. */
function errorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code !== 'string') return '';
  if (code === 'INVALID_ARGUMENT' && typeof message === 'string' && /API key not valid/i.test(message)) {
    return 'invalid-api-key';
  }
  return /^[A-Z_]+$/.test(code) ? code.toLowerCase().replace(/_/g, '-') : code;
}
