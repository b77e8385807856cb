/**
 * What the Firestore rules suite shares: the emulator connection, the people who send requests, and
 * the widget's own writes (one batch holding a guest's comment and its private contact document, or an
 * account's comment alone, at the top level or as a reply, exactly as FirestoreStore.postComment builds
 * them; and the author's deletion, as FirestoreStore.deleteComment builds it). Every attack in the
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
  getDoc,
  serverTimestamp,
  setDoc,
  setLogLevel,
  Timestamp,
  writeBatch,
  type DocumentReference,
  type Firestore,
} from 'firebase/firestore';
import { MAX_LEVELS, replyPlace, TOP_LEVEL, type Comment, type CommentDraft } from '../../src/model/comment.js';
import { parseComment } from '../../src/model/parse-comment.js';
import {
  accountCommentDocument,
  commentDocument,
  commentPostedMarker,
  contactDocument,
  deletedCommentDocument,
  type Place,
} from '../../src/data/documents.js';
import { timestampFrom } from '../../src/data/firestore/timestamps.js';
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
export type { Place };
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
  /** The site owner's custom claim for moderators (`npx leave-a-reply moderators add`). */
  moderator?: unknown;
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
  const as = (uid: string, db: unknown) => {
    requesters.set(modular(db), uid);
    return modular(db);
  };
  const rulesEnv: RulesEnv = {
    guest: (uid) => as(uid, current().authenticatedContext(uid, { firebase: { sign_in_provider: 'anonymous' } }).firestore()),
    signedIn: (uid, provider) => as(uid, current().authenticatedContext(uid, { firebase: { sign_in_provider: provider } }).firestore()),
    account: (uid, provider, claims = {}) => {
      // Left-out claims are left out of the token, not sent as undefined.
      const profile = Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
      // The SDK's type lists no oidc.* or saml.* provider; the emulator takes any string.
      const firebase = { sign_in_provider: provider as SignInProvider };
      return as(uid, current().authenticatedContext(uid, { ...profile, firebase }).firestore());
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
  active = rulesEnv;
  return rulesEnv;
}

/** Who sends the requests of each Firestore the environment handed out (post writes their marker). */
const requesters = new WeakMap<Firestore, string>();
/** This file's environment (node --test runs each file in a process of its own). */
let active: RulesEnv | undefined;

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

/** `threads/{threadId}`: the thread's settings, which only the site owner writes (`closed`). */
export function threadRef(db: Firestore, thread = THREAD): DocumentReference {
  return doc(db, 'threads', thread);
}

/** The comment document exactly as FirestoreStore.postComment writes it for a guest. */
export function commentFields(
  uid: string,
  draft: CommentDraft = DRAFT,
  avatar: string | null = null,
  place: Place = TOP_LEVEL,
): Data {
  return commentDocument(uid, draft, serverTimestamp(), avatar, place);
}

/** The comment document exactly as FirestoreStore.postComment writes it for an account. */
export function accountCommentFields(author: AccountAuthor, text: string = DRAFT.text, place: Place = TOP_LEVEL): Data {
  return accountCommentDocument(author, text, serverTimestamp(), place);
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
  /** Where the widget's comment document goes (ignored with `comment`); the top level when left out. */
  place?: Place;
  /** The contact document; the widget's when left out, none at all when null. */
  contact?: Data | null;
  /** Where the contact document goes; the comment's own private/contact when left out. */
  contactAt?: DocumentReference;
  /**
   * Whether the sender is seeded, first, as ready to post: the form opened a minute ago and no comment
   * since (readyToPost). True when left out, so that the spam limits refuse nothing but their own tests.
   */
  ready?: boolean;
  /** The sender's author marker in the batch; the widget's when left out, none at all when null. */
  marker?: Data | null;
}

/**
 * The widget's write: one batch with the comment, its private contact document and the sender's
 * author marker. `uid` is who the documents say wrote them; who really sends the request is whoever
 * `db` is signed in as, whose marker it is.
 */
export async function post(db: Firestore, uid: string, options: PostOptions = {}): Promise<void> {
  const id = options.id ?? newId();
  const thread = options.thread ?? THREAD;
  const comment = commentRef(db, id, thread);
  const sender = requesters.get(db);
  if (sender && (options.ready ?? true)) await readyToPost(sender);
  const batch = writeBatch(db);
  batch.set(comment, options.comment ?? commentFields(uid, DRAFT, null, options.place));
  if (options.contact !== null) {
    batch.set(options.contactAt ?? doc(comment, 'private', 'contact'), options.contact ?? contactFields(uid));
  }
  if (sender && options.marker !== null) {
    batch.set(authorRef(db, sender), options.marker ?? commentPostedMarker(thread, id, serverTimestamp()), { merge: true });
  }
  await batch.commit();
}

/** `authors/{uid}`: an author's spam markers. */
export function authorRef(db: Firestore, uid: string): DocumentReference {
  return doc(db, 'authors', uid);
}

/**
 * Seeds (rules off) an author who opened the form `openedAgo` ms ago, and last posted `postedAgo` ms ago
 * or never. What moderators set in the marker (`trusted`, `blocked`, `moderation`) stays as it was.
 */
export async function seedAuthor(uid: string, marker: { openedAgo?: number | null; postedAgo?: number | null; fields?: Data } = {}): Promise<void> {
  const env = active;
  if (!env) throw new Error('Call useRulesEnv() at the top level of the test file first.');
  const at = (ago: number | null | undefined) => (ago === null || ago === undefined ? undefined : Timestamp.fromMillis(Date.now() - ago));
  const stored = await env.peek(async (db) => (await getDoc(authorRef(db, uid))).data() ?? {});
  const standing = Object.fromEntries(Object.entries(stored).filter(([key]) => ['trusted', 'blocked', 'moderation'].includes(key)));
  const fields: Data = {
    ...standing,
    ...(at(marker.openedAgo) ? { formOpenedAt: at(marker.openedAgo) } : {}),
    ...(at(marker.postedAgo) ? { lastCommentAt: at(marker.postedAgo), lastComment: `${THREAD}/earlier`, honeypot: '' } : {}),
    ...marker.fields,
  };
  await env.seed((db) => setDoc(authorRef(db, uid), fields));
}

/** The sender opened the form a minute ago and has not posted since: any one comment passes the spam limits. */
function readyToPost(uid: string): Promise<void> {
  return seedAuthor(uid, { openedAgo: 60_000 });
}

/**
 * An account's write: one batch holding the comment alone, for an account stores no contact document
 * (its email stays in Firebase Auth). The options are post's: `contact` adds one, to attack with.
 */
export function postAsAccount(db: Firestore, author: AccountAuthor, options: PostOptions = {}): Promise<void> {
  const comment = options.comment ?? accountCommentFields(author, DRAFT.text, options.place);
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
  /** When it was posted, exactly (a Timestamp keeps microseconds, as the server's clock does); overrides ageMinutes. */
  createdAt?: Timestamp;
  status?: string;
  /** Where it sits (placeUnder gives a reply's); the top level when left out. */
  place?: Place;
  /** An account's comment, which has no contact document, rather than a guest's. */
  account?: AccountAuthor;
  /** Whether a guest's contact document exists; true when left out. */
  withContact?: boolean;
}

/**
 * Puts a comment (and a guest's contact) in the database with the rules off, as if posted earlier,
 * and returns the comment document as stored.
 */
export async function seedComment(env: RulesEnv, comment: StoredComment): Promise<Data> {
  const postedAt = comment.createdAt ?? minutesAgo(comment.ageMinutes ?? 1);
  const place = comment.place ?? TOP_LEVEL;
  const written = comment.account
    ? accountCommentDocument(comment.account, DRAFT.text, postedAt, place)
    : commentDocument(comment.uid, DRAFT, postedAt, null, place);
  const fields = withField(written, 'status', comment.status ?? 'published');
  await env.seed(async (db) => {
    await setDoc(commentRef(db, comment.id, comment.thread), fields);
    if (!comment.account && (comment.withContact ?? true)) {
      await setDoc(contactRef(db, comment.id, comment.thread), contactFields(comment.uid));
    }
  });
  return fields;
}

/**
 * The place of a reply to the stored comment `parent` (ID `parentId`), as the rules define it: one
 * level deeper, under the top-level comment's exact creation time. For seeds and for attacks on
 * parents the widget would not answer (held, deleted, too deep, in another thread); a legitimate
 * reply takes the widget's own place (widgetReplyPlace).
 */
export function placeUnder(parentId: string, parent: Data): Place {
  const depth = parent['depth'] as number;
  return { parentId, depth: depth + 1, rootCreatedAt: depth === 0 ? parent['createdAt'] : parent['rootCreatedAt'] };
}

/**
 * Seeds a conversation one reply deep per level, from a top-level comment down to `deepest`, each
 * by `uid`; returns their IDs, index = depth.
 */
export async function seedChain(env: RulesEnv, uid: string, deepest: number, thread = THREAD): Promise<string[]> {
  const ids: string[] = [];
  let place: Place = TOP_LEVEL;
  for (let depth = 0; depth <= deepest; depth++) {
    const id = newId();
    const stored = await seedComment(env, { id, uid, thread, place, ageMinutes: deepest - depth + 1 });
    ids.push(id);
    place = placeUnder(id, stored);
  }
  return ids;
}

/** A stored comment as the rules see it, read with the rules off. */
export async function storedComment(env: RulesEnv, id: string, thread = THREAD): Promise<Data | undefined> {
  return env.peek(async (db) => (await getDoc(commentRef(db, id, thread))).data());
}

/** A stored comment as the widget reads it: parsed, with its times kept exactly (parseComment). */
async function widgetRead(env: RulesEnv, id: string, thread: string): Promise<Comment> {
  const comment = parseComment(id, (await storedComment(env, id, thread)) ?? {});
  if (!comment) throw new Error(`The test expects comment ${id} in ${thread}, which the widget cannot read.`);
  return comment;
}

/**
 * Where the widget puts a reply to comment `parentId`: replyPlace at the deepest nesting the rules
 * allow, and the root's time turned back into a Timestamp as FirestoreStore.postComment turns it
 * (the rules compare it with the root's createdAt exactly, to the microsecond).
 */
export async function widgetReplyPlace(env: RulesEnv, parentId: string, thread = THREAD): Promise<Place> {
  const place = replyPlace(await widgetRead(env, parentId, thread), MAX_LEVELS);
  if (!place) throw new Error(`The widget offers no reply to comment ${parentId}.`);
  return { ...place, rootCreatedAt: place.rootCreatedAt === null ? null : timestampFrom(place.rootCreatedAt) };
}

export interface DeleteOptions {
  thread?: string;
  /** Changes the document written over the comment (an attack); the widget's when left out. */
  change?: (deleted: Data) => Data;
  /** Leaves a guest's contact document in place (an attack); the widget deletes it in the batch. */
  keepContact?: boolean;
}

/**
 * The author's deletion as FirestoreStore.deleteComment writes it: the comment, as the widget read
 * it, written over with deletedCommentDocument, and a guest's contact deleted in the same batch. Who
 * really sends it is whoever `db` is signed in as.
 */
export async function deleteComment(env: RulesEnv, db: Firestore, id: string, options: DeleteOptions = {}): Promise<void> {
  const thread = options.thread ?? THREAD;
  const comment = await widgetRead(env, id, thread);
  const place = {
    parentId: comment.parentId,
    depth: comment.depth,
    rootCreatedAt: comment.rootCreatedAt === null ? null : timestampFrom(comment.rootCreatedAt),
    createdAt: timestampFrom(comment.createdStamp),
  };
  const deleted: Data = deletedCommentDocument(place, serverTimestamp());
  const batch = writeBatch(db);
  batch.set(commentRef(db, id, thread), options.change ? options.change(deleted) : deleted);
  if (comment.status === 'published' && comment.author.provider === 'guest' && !options.keepContact) {
    batch.delete(contactRef(db, id, thread));
  }
  await batch.commit();
}

/** The site owner sets a thread's `closed` flag (the Firebase console, or the Admin SDK). */
export async function setThreadClosed(env: RulesEnv, closed: unknown, thread = THREAD): Promise<void> {
  await env.seed((db) => setDoc(threadRef(db, thread), { closed }));
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
