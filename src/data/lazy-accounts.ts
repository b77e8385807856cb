import type { AccountProvider, OAuthProvider } from '../model/identity.js';
import { AccountError, type AccountService, type SignInOptions, type SignInOutcome } from './accounts.js';
import type { FirebaseSettings } from './firebase-settings.js';
import type { Unsubscribe } from './store.js';

/**
 * The site owner's Firebase accounts (FirebaseAccounts), loaded at the first call rather than with the
 * widget: only the form and the reader's own Edit and Delete need to know who is signed in, and the
 * first comments should not wait for that code. Every call waits for it, then passes through.
 */
export class LazyAccounts implements AccountService {
  /** One per distinct settings, as FirebaseAccounts: every widget on the page with them shares it. */
  static for(settings: FirebaseSettings): LazyAccounts {
    const key = JSON.stringify(settings);
    let accounts = made.get(key);
    if (!accounts) made.set(key, (accounts = new LazyAccounts(settings)));
    return accounts;
  }

  readonly #settings: FirebaseSettings;
  #loading: Promise<AccountService> | null = null;

  // Private: one per settings (LazyAccounts.for).
  private constructor(settings: FirebaseSettings) {
    this.#settings = settings;
  }

  /** Loaded at the first call; a chunk that did not load (a dropped connection) is tried again at the next. */
  get #service(): Promise<AccountService> {
    if (!this.#loading) {
      this.#loading = import('./firebase-accounts.js').then(({ FirebaseAccounts }) => FirebaseAccounts.for(this.#settings));
      this.#loading.catch(() => (this.#loading = null));
    }
    return this.#loading;
  }

  watch(listener: Parameters<AccountService['watch']>[0]): Unsubscribe {
    let stop: Unsubscribe | null = null;
    let stopped = false;
    void this.#service.then((service) => {
      if (!stopped) stop = service.watch(listener);
    }, () => {});
    return () => {
      stopped = true;
      stop?.();
    };
  }

  prepare(): void {
    void this.#service.then((service) => service.prepare(), () => {});
  }

  resume(): Promise<{ outcome: SignInOutcome; provider: AccountProvider } | null> {
    return this.#use('google', (service) => service.resume());
  }

  signIn(provider: OAuthProvider, options?: SignInOptions): Promise<SignInOutcome> {
    return this.#use(provider, (service) => service.signIn(provider, options));
  }

  sendEmailLink(email: string, returnTo: string): Promise<void> {
    return this.#use('email-link', (service) => service.sendEmailLink(email, returnTo));
  }

  useExistingAccount(): Promise<void> {
    return this.#use('google', (service) => service.useExistingAccount());
  }

  signOut(): Promise<void> {
    return this.#use('google', (service) => service.signOut());
  }

  async #use<T>(provider: AccountProvider, call: (service: AccountService) => Promise<T>): Promise<T> {
    let service: AccountService;
    try {
      service = await this.#service;
    } catch (cause) {
      throw new AccountError('offline', provider, 'The sign-in code could not be loaded.', { cause });
    }
    return call(service);
  }
}

const made = new Map<string, LazyAccounts>();
