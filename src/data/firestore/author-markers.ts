import { doc, getDoc, serverTimestamp, setDoc, Timestamp, type DocumentReference, type Firestore } from 'firebase/firestore';
import { SPAM_LIMITS } from '../../model/comment.js';
import { formOpenedMarker } from '../documents.js';
import type { Connection } from './connection.js';

/**
 * The author's spam markers (`authors/{uid}`) on the widget's side. The rules refuse a comment sooner
 * than composeTime() after the author opened the form, so the widget stamps `formOpenedAt` when the
 * reader starts to write and, if they are quicker than that, waits out the rest before sending.
 * One per connection, shared by every form on the page.
 */
export class AuthorMarkers {
  static for(connection: Connection): AuthorMarkers {
    let markers = all.get(connection);
    if (!markers) all.set(connection, (markers = new AuthorMarkers(connection.db)));
    return markers;
  }

  /** The form opened for this author since their last comment: when the server acknowledged it. */
  #opened: { uid: string; acknowledged: Promise<number> } | null = null;

  private constructor(readonly db: Firestore) {}

  /** The reader started to write: stamps formOpenedAt, once per comment. */
  open(uid: string): Promise<number> {
    if (this.#opened?.uid !== uid) {
      const acknowledged = setDoc(authorRef(this.db, uid), formOpenedMarker(serverTimestamp()), { merge: true }).then(() => Date.now());
      const opened = { uid, acknowledged };
      this.#opened = opened;
      // A failed stamp is stamped again on the next try.
      acknowledged.catch(() => {
        if (this.#opened === opened) this.#opened = null;
      });
    }
    return this.#opened.acknowledged;
  }

  /** Resolves once the rules' composeTime() has passed since the form was opened (opening it now if it was not). */
  async readyToPost(uid: string): Promise<void> {
    const opened = await this.open(uid);
    const wait = opened + SPAM_LIMITS.composeMs - Date.now();
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
  }

  /** The comment was stored: the author's next comment needs the form opened again. */
  posted(uid: string): void {
    if (this.#opened?.uid === uid) this.#opened = null;
  }

  /**
   * Whether a refused comment came too soon after the author's last comment, or after they opened the
   * form. The rules say no more than "denied", and their windows are the site owner's to set: a
   * refusal within a few minutes of the last comment, or a minute of opening the form, is taken to be
   * theirs.
   */
  async refusedAsTooSoon(uid: string): Promise<boolean> {
    const marker = await getDoc(authorRef(this.db, uid)).catch(() => null);
    const within = (field: string, ms: number) => {
      const time: unknown = marker?.get(field);
      return time instanceof Timestamp && Date.now() - time.toMillis() < ms;
    };
    return within('lastCommentAt', RATE_EXPLAINED_MS) || within('formOpenedAt', COMPOSE_EXPLAINED_MS);
  }
}

export function authorRef(db: Firestore, uid: string): DocumentReference {
  return doc(db, 'authors', uid);
}

const all = new WeakMap<Connection, AuthorMarkers>();

/** Longer than any rate window (30 s by default) a site owner would choose for a comment section. */
const RATE_EXPLAINED_MS = 10 * 60_000;
/** Longer than any composing time (3 s by default) a site owner would choose. */
const COMPOSE_EXPLAINED_MS = 60_000;
