import {
  browserLocalPersistence,
  connectAuthEmulator,
  indexedDBLocalPersistence,
  inMemoryPersistence,
  initializeAuth,
  signInAnonymously,
  type Auth,
  type User,
} from 'firebase/auth';
import type { FirebaseApp } from 'firebase/app';
import type { FirebaseSettings } from '../firebase-settings.js';

/**
 * Firebase Auth for one store's app, loaded when a reader first focuses the form: reading needs no
 * account. initializeAuth rather than getAuth: no popup or redirect code until a provider needs it.
 */
export function openAuth(app: FirebaseApp, settings: FirebaseSettings): Auth {
  const auth = initializeAuth(app, {
    persistence: [indexedDBLocalPersistence, browserLocalPersistence, inMemoryPersistence],
  });
  if (settings.authEmulator) {
    const { host, port } = settings.authEmulator;
    connectAuthEmulator(auth, `http://${host}:${port}`, { disableWarnings: true });
  }
  return auth;
}

/** The reader's account: the one this browser remembers, or a new anonymous (guest) one. */
export async function guestUser(auth: Auth): Promise<User> {
  await auth.authStateReady();
  return auth.currentUser ?? (await signInAnonymously(auth)).user;
}
