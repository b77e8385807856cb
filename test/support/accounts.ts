/**
 * Accounts for the tests. For the component tests, `signedInAs`: an AccountService over no Auth at all.
 * For the end-to-end tests, Google accounts: provider popups need Google's scripts from the internet,
 * so pages get a sign-in seam (`signInSeam` on <leave-a-reply>) that returns the fake ID token the Auth
 * emulator accepts; everything before and after that call is the widget's own.
 */
import type { AccountService, SignInSeam } from '../../src/data/accounts.js';
import type { Account } from '../../src/model/identity.js';

export interface FakeAccount {
  sub: string;
  email: string;
  email_verified: boolean;
  name?: string;
  picture?: string;
}

/** A Google account nobody has used yet. */
export function googleAccount(name = 'Ada Lovelace'): FakeAccount {
  const sub = crypto.randomUUID();
  return { sub, email: `${sub}@example.com`, email_verified: true, name, picture: `https://avatars.example/${sub}.png` };
}

/** The reader's choice in the provider's window: this account, or what the window rejects with. */
export function seam(account: FakeAccount, failures: { popup?: object; redirect?: object } = {}): SignInSeam {
  return async (_provider, via) => {
    const failure = failures[via];
    if (failure) throw failure;
    return JSON.stringify(account);
  };
}

/** A reader signed in with Google, who wrote `mine` in threadToModerate (test/support/memory-store.ts). */
export const READER: Account = { uid: 'reader', provider: 'google', name: 'Rea Der', avatar: null, moderator: false };
export const MODERATOR: Account = { ...READER, uid: 'mod', name: 'Mo Derator', moderator: true };

/** Accounts that say the reader is signed in as `account`, and do nothing else. */
export function signedInAs(account: Account | null): AccountService {
  const never = () => Promise.reject(new Error('not in this test'));
  return {
    watch: (listener) => {
      listener(account);
      return () => {};
    },
    prepare: () => {},
    resume: async () => null,
    signIn: never,
    sendEmailLink: never,
    useExistingAccount: never,
    signOut: never,
  };
}
