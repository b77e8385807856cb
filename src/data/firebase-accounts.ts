import type { Account, AccountProvider, OAuthProvider } from '../model/identity.js';
import { toAccountError } from './account-errors.js';
import type { AccountService, SignInOptions, SignInOutcome } from './accounts.js';
import type { FirebaseSettings } from './firebase-settings.js';
import { FirebaseProject } from './firebase-project.js';
import type { ReaderAuth } from './firestore/auth.js';
import { rememberModerator } from './held-memory.js';
import { rememberAccount, rememberedAccount, signInIsComingBack } from './sign-in-memory.js';
import type { Unsubscribe } from './store.js';

/**
 * The reader's accounts in the site owner's Firebase Auth (firestore/auth.ts does the signing in).
 * Until Auth loads, the account shown is the one this browser remembers from its last visit, so a
 * signed-in reader sees "You are commenting using…" without Auth loading just to read the comments.
 */
export class FirebaseAccounts implements AccountService {
  static for(settings: FirebaseSettings): FirebaseAccounts {
    const project = FirebaseProject.for(settings);
    let accounts = services.get(project);
    if (!accounts) services.set(project, (accounts = new FirebaseAccounts(project)));
    return accounts;
  }

  readonly #project: FirebaseProject;
  readonly #listeners = new Set<(account: Account | null) => void>();
  #account: Account | null;
  #watching = false;

  private constructor(project: FirebaseProject) {
    this.#project = project;
    this.#account = rememberedAccount(project.key);
  }

  watch(listener: (account: Account | null) => void): Unsubscribe {
    this.#listeners.add(listener);
    listener(this.#account);
    return () => void this.#listeners.delete(listener);
  }

  prepare(): void {
    this.#auth('google').catch(() => {
      // Signing in or posting will try again, and report what fails.
    });
  }

  async resume(): Promise<{ outcome: SignInOutcome; provider: AccountProvider } | null> {
    if (!signInIsComingBack()) return null;
    const [auth, { resume }] = await Promise.all([this.#auth('google'), this.#signInCode('google')]);
    try {
      return await resume(auth);
    } catch (error) {
      throw toAccountError(error, 'google');
    }
  }

  async signIn(provider: OAuthProvider, options: SignInOptions = {}): Promise<SignInOutcome> {
    const signal = options.signal ?? new AbortController().signal;
    // A popup the reader leaves open never settles: Cancel must not wait for it.
    const cancelled = new Promise<'cancelled'>((done) => signal.addEventListener('abort', () => done('cancelled'), { once: true }));
    const signingIn = Promise.all([this.#auth(provider), this.#signInCode(provider)]).then(([auth, { signIn }]) =>
      signIn(auth, provider, options.seam ?? null, signal),
    );
    return Promise.race([signingIn, cancelled]);
  }

  async sendEmailLink(email: string, returnTo: string): Promise<void> {
    const [auth, { sendEmailLink }] = await Promise.all([this.#auth('email-link'), this.#signInCode('email-link')]);
    await sendEmailLink(auth, email, returnTo);
  }

  async useExistingAccount(): Promise<void> {
    const [auth, { useExistingAccount }] = await Promise.all([this.#auth('google'), this.#signInCode('google')]);
    await useExistingAccount(auth);
  }

  async signOut(): Promise<void> {
    await (await this.#auth('google')).signOut();
  }

  /** Auth, watched from the first time it loads; a chunk that cannot load is the reader's connection. */
  async #auth(provider: AccountProvider): Promise<ReaderAuth> {
    let auth: ReaderAuth;
    try {
      auth = await this.#project.auth();
    } catch (error) {
      throw toAccountError({ code: 'auth/network-request-failed', cause: error }, provider);
    }
    if (!this.#watching) {
      this.#watching = true;
      auth.watch((account) => this.#set(account));
    }
    return auth;
  }

  /** The popup, redirect and email-link code: loaded when a reader picks a provider, never for a guest. */
  async #signInCode(provider: AccountProvider) {
    try {
      return await import('./firestore/sign-in.js');
    } catch (error) {
      throw toAccountError({ code: 'auth/network-request-failed', cause: error }, provider);
    }
  }

  #set(account: Account | null): void {
    this.#account = account;
    rememberAccount(this.#project.key, account);
    rememberModerator(this.#project.key, account?.moderator === true);
    for (const listener of this.#listeners) listener(account);
  }
}

const services = new WeakMap<FirebaseProject, FirebaseAccounts>();
