/**
 * What the Firestore rules suite shares: the emulator connection, the people who send requests, and
 * the widget's own write (one batch holding a guest's comment and its private contact document, or an
 * account's comment alone, exactly as FirestoreStore.postComment builds them). Every attack in the
 * suite is that write, or a read, with one thing changed, and every test that expects a denial first
 * shows the legitimate version succeeding, so no test can pass merely because the rules deny
 * everything.
 *
 * Run the suite with the emulators up (Node 20 finds no .ts files when given a directory, hence the glob):
 *   npx tsx scripts/with-emulators.ts -- node --import tsx --test test/rules/*.test.ts
 */
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { after, before, beforeEach } from 'node:test';
import {
  assertFails,
  assertSucceeds,
  initializeTestEnvironment,
  type RulesTestEnvironment,
  type TokenOptions,
} from '@firebase/rules-unit-testing';
import {
  doc,
  serverTimestamp,
  setDoc,
  setLogLevel,
  Timestamp,
  writeBatch,
  type DocumentReference,
  type Firestore,
} from 'firebase/firestore';
import type { CommentDraft } from '../../src/model/comment.js';
import { accountCommentDocument, commentDocument, contactDocument } from '../../src/data/documents.js';
import { parseHostAndPort } from '../../src/data/host-and-port.js';
import { threadDocumentId } from '../../src/data/thread-id.js';

const emulator = process.env['LAR_FIRESTORE_EMULATOR'];
if (!emulator) {
  throw new Error(
    'The Firestore rules suite needs a running Firestore emulator, and LAR_FIRESTORE_EMULATOR ("127.0.0.1:PORT") ' +
      'is not set. Run it through the emulator wrapper:\n' +
      '  npx tsx scripts/with-emulators.ts -- node --import tsx --test test/rules/*.test.ts',
  );
}
const FIRESTORE = parseHostAndPort(emulator);
if (!FIRESTORE) {
  throw new Error(`LAR_FIRESTORE_EMULATOR must look like "127.0.0.1:8080", not "${emulator}".`);
}
const PROJECT_ID = process.env['LAR_PROJECT_ID'] || 'demo-leave-a-reply';
const RULES = readFileSync(fileURLToPath(new URL('../../firestore.rules', import.meta.url)), 'utf8');

// Every denied request makes the SDK log a warning; the assertions say everything that matters.
setLogLevel('error');

export type Data = Record<string, unknown>;
type SignInProvider = NonNullable<TokenOptions['firebase']>['sign_in_provider'];

/**
 * A token's `firebase.sign_in_provider`: the SDK's list, plus the OpenID Connect and SAML providers a
 * site owner can add (`oidc.<name>`, `saml.<name>`), which the SDK's type leaves out.
 */
export type AnySignInProvider = SignInProvider | `oidc.${string}` | `saml.${string}`;

/** The profile claims of an account's ID token: what Firebase Auth holds for the account. */
export interface AccountClaims {
  name?: string;
  picture?: string;
  email?: string;
  email_verified?: boolean;
}

/** A signed-in account as accountCommentDocument takes it: the uid, the provider, the token's name and picture. */
export type AccountAuthor = Parameters<typeof accountCommentDocument>[0];

/** The people in the suite. Alice and Bob are ordinary guests; Mallory is the attacker. */
export const ALICE = 'alice-uid';
export const BOB = 'bob-uid';
export const MALLORY = 'mallory-uid';

/** Thread IDs as the widget derives them from page paths. */
export const THREAD = threadDocumentId('/2026/11/a-review/');
export const OTHER_THREAD = threadDocumentId('/about.html');

/** What a reader types into the form; the widget trims it and normalizes the website before sending. */
export const DRAFT: CommentDraft = {
  text: '  Lovely post, thank you!  ',
  name: ' Alice ',
  email: ' alice@example.com ',
  website: 'example.com',
};

export interface RulesEnv {
  /** A reader signed in anonymously, the way the widget signs in every guest. */
  guest(uid: string): Firestore;
  /** A signed-in user whose token names another sign-in provider (password, google.com, custom…). */
  signedIn(uid: string, provider: SignInProvider): Firestore;
  /**
   * An account: a token of `provider` carrying the profile claims a real ID token would (only those
   * given; a claim left out is absent from the token, as on an account without a photo).
   */
  account(uid: string, provider: AnySignInProvider, claims?: AccountClaims): Firestore;
  /** A visitor who is not signed in at all. */
  visitor(): Firestore;
  /** Writes fixtures with the rules switched off. */
  seed(write: (db: Firestore) => Promise<unknown>): Promise<void>;
  /** Reads with the rules switched off, to check what a request really left behind. */
  peek<T>(read: (db: Firestore) => Promise<T>): Promise<T>;
}

/**
 * Connects the calling test file to the emulator, with firestore.rules loaded, an empty database before
 * every test and a clean shutdown after the last. Call it once, at the top level of a test file.
 *
 * Each file gets a project of its own (`<LAR_PROJECT_ID>-<suite>`): node --test runs files in parallel,
 * and one file's clearFirestore() must not wipe another file's fixtures in the middle of a test.
 */
export function useRulesEnv(suite: string): RulesEnv {
  let env: RulesTestEnvironment | undefined;
  const current = (): RulesTestEnvironment => {
    if (!env) throw new Error('The rules test environment is not ready: call useRulesEnv() at the top level.');
    return env;
  };
  before(async () => {
    env = await initializeTestEnvironment({
      projectId: `${PROJECT_ID}-${suite}`,
      firestore: { ...FIRESTORE, rules: RULES },
    });
  });
  beforeEach(async () => {
    await current().clearFirestore();
  });
  after(async () => {
    await env?.cleanup();
  });

  const modular = (db: unknown) => db as Firestore;
  return {
    guest: (uid) =>
      modular(current().authenticatedContext(uid, { firebase: { sign_in_provider: 'anonymous' } }).firestore()),
    signedIn: (uid, provider) =>
      modular(current().authenticatedContext(uid, { firebase: { sign_in_provider: provider } }).firestore()),
    account: (uid, provider, claims = {}) => {
      // Left-out claims are left out of the token, not sent as undefined.
      const profile = Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
      // The SDK's type lists no oidc.* or saml.* provider; the emulator takes any string.
      const firebase = { sign_in_provider: provider as SignInProvider };
      return modular(current().authenticatedContext(uid, { ...profile, firebase }).firestore());
    },
    visitor: () => modular(current().unauthenticatedContext().firestore()),
    seed: (write) =>
      current().withSecurityRulesDisabled(async (context) => {
        await write(modular(context.firestore()));
      }),
    peek: async <T>(read: (db: Firestore) => Promise<T>) => {
      let result: { value: T } | undefined;
      await current().withSecurityRulesDisabled(async (context) => {
        result = { value: await read(modular(context.firestore())) };
      });
      return result!.value;
    },
  };
}

/** A fresh document ID, so that each request in a test works on a comment of its own. */
export function newId(): string {
  return randomBytes(10).toString('hex');
}

export function commentRef(db: Firestore, id: string, thread = THREAD): DocumentReference {
  return doc(db, 'threads', thread, 'comments', id);
}

export function contactRef(db: Firestore, id: string, thread = THREAD): DocumentReference {
  return doc(commentRef(db, id, thread), 'private', 'contact');
}

/** The comment document exactly as FirestoreStore.postComment writes it for a guest. */
export function commentFields(uid: string, draft: CommentDraft = DRAFT, avatar: string | null = null): Data {
  return commentDocument(uid, draft, serverTimestamp(), avatar);
}

/** The comment document exactly as FirestoreStore.postComment writes it for an account. */
export function accountCommentFields(author: AccountAuthor, text: string = DRAFT.text): Data {
  return accountCommentDocument(author, text, serverTimestamp());
}

/** The contact document exactly as FirestoreStore.postComment writes it. */
export function contactFields(uid: string, draft: CommentDraft = DRAFT): Data {
  return contactDocument(uid, draft);
}

export interface PostOptions {
  /** The comment's ID; a fresh one when left out. */
  id?: string;
  thread?: string;
  /** The comment document; the widget's when left out. */
  comment?: Data;
  /** The contact document; the widget's when left out, none at all when null. */
  contact?: Data | null;
  /** Where the contact document goes; the comment's own private/contact when left out. */
  contactAt?: DocumentReference;
}

/**
 * The widget's write: one batch with the comment and its private contact document. `uid` is who the
 * documents say wrote them; who really sends the request is whoever `db` is signed in as.
 */
export function post(db: Firestore, uid: string, options: PostOptions = {}): Promise<void> {
  const comment = commentRef(db, options.id ?? newId(), options.thread);
  const batch = writeBatch(db);
  batch.set(comment, options.comment ?? commentFields(uid));
  if (options.contact !== null) {
    batch.set(options.contactAt ?? doc(comment, 'private', 'contact'), options.contact ?? contactFields(uid));
  }
  return batch.commit();
}

/**
 * An account's write: one batch holding the comment alone, for an account stores no contact document
 * (its email stays in Firebase Auth). The options are post's: `contact` adds one, to attack with.
 */
export function postAsAccount(db: Firestore, author: AccountAuthor, options: PostOptions = {}): Promise<void> {
  const comment = options.comment ?? accountCommentFields(author);
  return post(db, author.uid, { ...options, comment, contact: options.contact ?? null });
}

/** A copy of `data` with one field set (or replaced). */
export function withField(data: Data, field: string, value: unknown): Data {
  return { ...data, [field]: value };
}

/** A copy of `data` without one field. */
export function withoutField(data: Data, field: string): Data {
  return Object.fromEntries(Object.entries(data).filter(([key]) => key !== field));
}

/** A copy of a comment with fields of its author map set (or replaced). */
export function withAuthor(comment: Data, changes: Data): Data {
  return { ...comment, author: { ...(comment['author'] as Data), ...changes } };
}

/** A copy of a comment without one field of its author map. */
export function withoutAuthorField(comment: Data, field: string): Data {
  return { ...comment, author: withoutField(comment['author'] as Data, field) };
}

export function minutesAgo(minutes: number): Timestamp {
  return Timestamp.fromMillis(Date.now() - minutes * 60_000);
}

export interface StoredComment {
  id: string;
  uid: string;
  thread?: string;
  /** How long ago the comment was posted; 1 minute when left out. */
  ageMinutes?: number;
  status?: string;
  /** Whether its contact document exists; true when left out. */
  withContact?: boolean;
}

/** Puts a comment (and its contact) in the database with the rules off, as if posted earlier. */
export async function seedComment(env: RulesEnv, comment: StoredComment): Promise<void> {
  await env.seed(async (db) => {
    const postedAt = minutesAgo(comment.ageMinutes ?? 1);
    const fields = withField(withField(commentFields(comment.uid), 'createdAt', postedAt), 'updatedAt', postedAt);
    await setDoc(commentRef(db, comment.id, comment.thread), withField(fields, 'status', comment.status ?? 'published'));
    if (comment.withContact ?? true) {
      await setDoc(contactRef(db, comment.id, comment.thread), contactFields(comment.uid));
    }
  });
}

/**
 * The pattern of the whole suite: the legitimate request succeeds, then the attack derived from it is
 * refused with PERMISSION_DENIED (any other error fails the test too).
 */
export async function legitAllowedAttackDenied(
  legit: () => Promise<unknown>,
  attack: () => Promise<unknown>,
): Promise<void> {
  await assertSucceeds(legit());
  await assertFails(attack());
}
