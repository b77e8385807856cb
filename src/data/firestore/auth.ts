import {
  browserLocalPersistence,
  connectAuthEmulator,
  indexedDBLocalPersistence,
  inMemoryPersistence,
  initializeAuth,
  onIdTokenChanged,
  signInAnonymously,
  signOut,
  updateCurrentUser,
  updateProfile,
  type Auth,
  type AuthCredential,
  type User,
} from 'firebase/auth';
import type { FirebaseApp } from 'firebase/app';
import type { Account } from '../../model/identity.js';
import { providerOfFirebaseId } from './provider-ids.js';
import type { FirebaseSettings } from '../firebase-settings.js';

/**
 * The reader's Firebase Auth, loaded when they first focus the form or pick a provider: reading needs
 * no account. initializeAuth rather than getAuth; the widget's own popup, redirect and email-link code
 * is in sign-in.ts, loaded when a reader picks a provider. (Rolldown bundles the Auth SDK as one chunk,
 * so its popup code comes with it either way: docs/performance.md.)
 */
export class ReaderAuth {
  /** The credential of an `account-exists` outcome, until the reader decides (sign-in.ts). */
  existing: AuthCredential | null = null;
  /** The guest this page was before switching to an existing account: Log Out returns to it. */
  guestBeforeSwitch: User | null = null;

  readonly auth: Auth;

  constructor(app: FirebaseApp, settings: FirebaseSettings) {
    this.auth = initializeAuth(app, {
      persistence: [indexedDBLocalPersistence, browserLocalPersistence, inMemoryPersistence],
    });
    if (settings.authEmulator) {
      const { host, port } = settings.authEmulator;
      connectAuthEmulator(this.auth, `http://${host}:${port}`, { disableWarnings: true });
    }
  }

  /** Calls `listener` with the signed-in account (null: a guest or nobody) on every change of user or token. */
  watch(listener: (account: Account | null) => void): () => void {
    return onIdTokenChanged(this.auth, (user) => void accountOf(user).then(listener));
  }

  /**
   * The reader as a guest: the anonymous account this browser remembers, or a new one. Callers at
   * the same moment (opening the form, posting) share one sign-in: two would make two guests, and the
   * SDK holds each user's writes until that user is signed in again.
   */
  guestUser(): Promise<User> {
    this.#guest ??= this.#guestUser().finally(() => (this.#guest = null));
    return this.#guest;
  }

  #guest: Promise<User> | null = null;

  async #guestUser(): Promise<User> {
    await this.auth.authStateReady();
    const current = this.auth.currentUser;
    if (current?.isAnonymous) return current;
    if (current) await signOut(this.auth);
    if (this.guestBeforeSwitch) {
      await updateCurrentUser(this.auth, this.guestBeforeSwitch);
      this.guestBeforeSwitch = null;
      return this.auth.currentUser ?? (await signInAnonymously(this.auth)).user;
    }
    return (await signInAnonymously(this.auth)).user;
  }

  /** The signed-in account's user, or null when the reader is a guest or nobody. */
  async accountUser(): Promise<User | null> {
    await this.auth.authStateReady();
    const user = this.auth.currentUser;
    return user && !user.isAnonymous ? user : null;
  }

  async setName(name: string): Promise<void> {
    const user = await this.accountUser();
    if (!user) return;
    await updateProfile(user, { displayName: name });
    // The token carries the name the rules compare with the comment's: a fresh token, at once.
    await user.getIdToken(true);
  }

  /** Signs out; a guest this page switched away from (useExistingAccount) becomes the reader again. */
  async signOut(): Promise<void> {
    await signOut(this.auth);
    if (this.guestBeforeSwitch) {
      await updateCurrentUser(this.auth, this.guestBeforeSwitch);
      this.guestBeforeSwitch = null;
    }
  }
}

/** The account a user stands for: its provider from the token, its name and photo, and whether it moderates. */
async function accountOf(user: User | null): Promise<Account | null> {
  if (!user || user.isAnonymous) return null;
  const { signInProvider, claims } = await user.getIdTokenResult();
  const provider = providerOfFirebaseId(signInProvider ?? '');
  if (!provider) return null;
  return { uid: user.uid, provider, name: user.displayName || null, avatar: user.photoURL || null, moderator: claims['moderator'] === true };
}

