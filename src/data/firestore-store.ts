import type { FirebaseApp } from 'firebase/app';
import type { Auth, User } from 'firebase/auth';
import type { DocumentData, Firestore, QueryDocumentSnapshot } from 'firebase/firestore';
import type { Comment, CommentDraft } from './comment.js';
import { commentDocument, contactDocument } from './documents.js';
import { StoreError, type CommentStore, type ThreadListener, type Unsubscribe } from './store.js';
import { threadDocumentId } from './thread-id.js';

/** What the widget needs to reach the site owner's Firebase project. Nothing here is secret. */
export interface FirebaseSettings {
  projectId: string;
  apiKey: string;
  authDomain: string;
  appId?: string;
  /** Local emulators, for development and tests. */
  firestoreEmulator?: HostAndPort;
  authEmulator?: HostAndPort;
}

export interface HostAndPort {
  host: string;
  port: number;
}

type FirestoreSdk = typeof import('firebase/firestore');
type AuthSdk = typeof import('firebase/auth');

/** One Firebase app per distinct settings, shared by every widget on the page that uses them. */
interface Connection {
  app: FirebaseApp;
  db: Firestore;
  firestore: FirestoreSdk;
  auth?: Promise<{ auth: Auth; sdk: AuthSdk }>;
}

const connections = new Map<string, Promise<Connection>>();

/**
 * Comments in the site owner's Firestore, written by readers signed in with Firebase Auth.
 * The SDKs are imported on first use, and Auth only when someone posts: reading needs no account.
 * The layout is described in docs/data-model.md; firestore.rules decides what is allowed.
 */
export class FirestoreStore implements CommentStore {
  readonly #settings: FirebaseSettings;

  constructor(settings: FirebaseSettings) {
    this.#settings = settings;
  }

  watchThread(threadKey: string, listener: ThreadListener): Unsubscribe {
    let stop: Unsubscribe | undefined;
    let stopped = false;
    this.#connect()
      .then(({ db, firestore: fs }) => {
        if (stopped) return;
        const published = fs.query(
          fs.collection(db, 'threads', threadDocumentId(threadKey), 'comments'),
          fs.where('status', '==', 'published'),
          fs.orderBy('createdAt', 'asc'),
        );
        // Metadata changes tell us when the author's own pending comment is confirmed.
        stop = fs.onSnapshot(
          published,
          { includeMetadataChanges: true },
          (snapshot) => {
            const comments = snapshot.docs.map(readComment).filter((c): c is Comment => c !== null);
            listener.next(comments, { synced: !snapshot.metadata.fromCache });
          },
          (error) => listener.error(toStoreError(error)),
        );
      })
      .catch((error: unknown) => listener.error(toStoreError(error)));
    return () => {
      stopped = true;
      stop?.();
    };
  }

  async postComment(threadKey: string, draft: CommentDraft): Promise<void> {
    try {
      const { db, firestore: fs } = await this.#connect();
      const user = await this.#guest();
      const comment = fs.doc(fs.collection(db, 'threads', threadDocumentId(threadKey), 'comments'));
      // One batch, so the rules can insist that a guest comment never exists without its contact.
      const batch = fs.writeBatch(db);
      batch.set(comment, commentDocument(user.uid, draft, fs.serverTimestamp()));
      batch.set(fs.doc(comment, 'private', 'contact'), contactDocument(user.uid, draft));
      await batch.commit();
    } catch (error) {
      throw toStoreError(error);
    }
  }

  #connect(): Promise<Connection> {
    const key = JSON.stringify(this.#settings);
    let connection = connections.get(key);
    if (!connection) {
      connection = openConnection(key, this.#settings);
      connections.set(key, connection);
      // A failed start (a chunk that did not load) may succeed on the next try.
      connection.catch(() => connections.delete(key));
    }
    return connection;
  }

  async #guest(): Promise<User> {
    const connection = await this.#connect();
    connection.auth ??= openAuth(connection.app, this.#settings);
    const { auth, sdk } = await connection.auth;
    await auth.authStateReady();
    return auth.currentUser ?? (await sdk.signInAnonymously(auth)).user;
  }
}

async function openConnection(name: string, settings: FirebaseSettings): Promise<Connection> {
  const [{ initializeApp, getApps }, firestore] = await Promise.all([
    import('firebase/app'),
    import('firebase/firestore'),
  ]);
  const { projectId, apiKey, authDomain, appId } = settings;
  const app =
    getApps().find((existing) => existing.name === name) ??
    initializeApp({ projectId, apiKey, authDomain, ...(appId ? { appId } : {}) }, name);
  const emulator = settings.firestoreEmulator;
  // Against the emulator, long-polling auto-detection delays the first answer by about 2.3 s
  // (measured: 2,353 ms with it, 113 ms without); real Firestore keeps the SDK's default.
  const db = firestore.initializeFirestore(app, emulator ? { experimentalAutoDetectLongPolling: false } : {});
  if (emulator) firestore.connectFirestoreEmulator(db, emulator.host, emulator.port);
  return { app, db, firestore };
}

async function openAuth(app: FirebaseApp, settings: FirebaseSettings): Promise<{ auth: Auth; sdk: AuthSdk }> {
  const sdk = await import('firebase/auth');
  // initializeAuth rather than getAuth: no popup/redirect code until a provider needs it.
  const auth = sdk.initializeAuth(app, {
    persistence: [sdk.indexedDBLocalPersistence, sdk.browserLocalPersistence, sdk.inMemoryPersistence],
  });
  if (settings.authEmulator) {
    const { host, port } = settings.authEmulator;
    sdk.connectAuthEmulator(auth, `http://${host}:${port}`, { disableWarnings: true });
  }
  return { auth, sdk };
}

/**
 * Reads a comment document as untrusted input: anything can be in it, whatever the rules say today.
 * A document without a usable name, text or date is left out rather than rendered half-broken.
 */
function readComment(snapshot: QueryDocumentSnapshot<DocumentData>): Comment | null {
  const data = snapshot.data({ serverTimestamps: 'estimate' });
  const author: unknown = data['author'];
  const createdAt: unknown = data['createdAt'];
  if (
    !isRecord(author) ||
    typeof author['name'] !== 'string' ||
    typeof data['text'] !== 'string' ||
    !isTimestamp(createdAt)
  ) {
    console.warn(`leave-a-reply: skipped the malformed comment ${snapshot.ref.path}.`);
    return null;
  }
  return {
    id: snapshot.id,
    author: {
      name: author['name'],
      website: typeof author['website'] === 'string' ? author['website'] : null,
      provider: 'guest',
    },
    text: data['text'],
    createdAt: createdAt.toDate(),
    pending: snapshot.metadata.hasPendingWrites,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isTimestamp(value: unknown): value is { toDate(): Date } {
  return isRecord(value) && typeof value['toDate'] === 'function';
}

/** Firebase error codes, mapped to what the widget can tell a reader or a site owner. */
function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const code = isRecord(error) && typeof error['code'] === 'string' ? error['code'] : '';
  const say = (kind: StoreError['code'], message: string) => new StoreError(kind, message, { cause: error });
  switch (code) {
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
        'Firestore needs the index in firestore.indexes.json: deploy it with firebase deploy --only firestore.',
      );
    case 'auth/operation-not-allowed':
    case 'auth/admin-restricted-operation':
      return say(
        'misconfigured',
        'Guests cannot sign in: enable the Anonymous provider in the Firebase console ' +
          '(Authentication → Sign-in method).',
      );
    case 'auth/invalid-api-key':
    case 'auth/api-key-not-valid.-please-pass-a-valid-api-key.':
      return say('misconfigured', 'The "api-key" attribute is not a valid Web API key for this project.');
    default:
      return say('unknown', error instanceof Error ? error.message : String(error));
  }
}
