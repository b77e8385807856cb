import {
  collection,
  doc,
  onSnapshot,
  orderBy,
  query,
  startAfter,
  where,
  type DocumentChange,
} from 'firebase/firestore';
import type { Comment } from '../../model/comment.js';
import { parseComment } from '../../model/parse-comment.js';
import type { FirebaseProject } from '../firebase-project.js';
import { heldIn, moderatorRemembered, onHeldRemembered } from '../held-memory.js';
import { readComment } from '../rest/pages.js';
import type { StoreError, ThreadSnapshot, Unsubscribe } from '../store.js';
import { threadDocumentId } from '../thread-id.js';
import type { ThreadState } from '../thread-state.js';
import type { Connection } from './connection.js';
import { toStoreError } from './errors.js';
import { timestampFrom } from './timestamps.js';

export interface ChangeListener {
  /** `synced` is false while the SDK answers from its cache alone (offline). */
  changes(changed: Comment[], removed: string[], meta: { synced: boolean }): void;
  error(error: StoreError): void;
}

/**
 * Listens to a thread's comments (published and deleted) written after `since` (the first read's time, RFC 3339),
 * or to all of them when there was no first read. Every write stamps `updatedAt` with the server's
 * time (the rules insist), so nothing the first read returned is read again.
 *
 * `startAfter` rather than `where('updatedAt', '>', …)`: the author's own comment, whose `updatedAt`
 * is still a pending server timestamp, sorts after every time in the SDK's cache and so shows at
 * once, where an inequality filter would hide it until the server confirms.
 */
export function listen(connection: Connection, threadKey: string, since: string | null, listener: ChangeListener): Unsubscribe {
  const comments = collection(connection.db, 'threads', threadDocumentId(threadKey), 'comments');
  // What the rules let a reader list: published comments, and what deleted ones leave.
  const shown = where('status', 'in', ['published', 'deleted']);
  const changed = since ? query(comments, shown, orderBy('updatedAt'), startAfter(timestampFrom(since))) : query(comments, shown);
  let first = true;
  return onSnapshot(
    changed,
    // Metadata changes tell us when the author's own pending comment is confirmed.
    { includeMetadataChanges: true },
    (snapshot) => {
      const updates: Comment[] = [];
      const removed: string[] = [];
      const changes = snapshot.docChanges({ includeMetadataChanges: true });
      for (const change of changes) {
        const comment = change.type === 'removed' ? null : readChange(change);
        if (comment) updates.push(comment);
        else removed.push(change.doc.id);
      }
      if (!snapshot.metadata.fromCache) countReads(changes, first);
      first &&= snapshot.metadata.fromCache;
      listener.changes(updates, removed, { synced: !snapshot.metadata.fromCache });
    },
    (error) => listener.error(toStoreError(error)),
  );
}

/** A thread's own document as readers follow it: closed, and the pinned comment. */
export interface ThreadDocument {
  closed: boolean;
  pinned: string | null;
}

/**
 * Follows threads/{threadId}, one document for every reader: a moderator who closes the thread or
 * pins a comment is seen at once. No document: open, nothing pinned. A listener that reports an error
 * has stopped: it starts again a little later, and meanwhile the last known state stays (the rules
 * enforce `closed` anyway).
 */
export function listenThread(connection: Connection, threadKey: string, thread: (thread: ThreadDocument) => void): Unsubscribe {
  let stop: Unsubscribe = () => {};
  let again: ReturnType<typeof setTimeout> | undefined;
  const start = () => {
    stop = onSnapshot(
      doc(connection.db, 'threads', threadDocumentId(threadKey)),
      (snapshot) => {
        const pinned: unknown = snapshot.get('pinned');
        thread({ closed: snapshot.get('closed') === true, pinned: typeof pinned === 'string' && pinned ? pinned : null });
      },
      () => (again = setTimeout(start, THREAD_RELISTEN_MS)),
    );
  };
  start();
  return () => {
    clearTimeout(again);
    stop();
  };
}

const THREAD_RELISTEN_MS = 6000;

/** What a watch (FirestoreStore.watchThread) shares with what follows its thread beside the comments. */
export interface WatchedThread {
  project: FirebaseProject;
  threadKey: string;
  state: ThreadState;
  /** What the watch reports beside the comments, kept up to date here: the thread document, a moderator's queue. */
  thread: Pick<ThreadSnapshot, 'held' | 'closed' | 'pinned'>;
  /** `state` or `thread` changed. */
  changed(): void;
  fail(error: unknown): void;
}

/**
 * What a watch follows beside the comments once its live updates start, loaded with them rather than
 * with the first read: the thread document (closed, pinned), the pinned comment when no loaded page
 * has it (read once), and the held comments the reader may read, a moderator's queue or their own
 * (firestore/held.ts), once Auth has loaded, whoever loaded it. Auth is loaded for that when this
 * browser has a held comment in the thread, or remembers a moderator.
 */
export function followThreadExtras(connection: Connection, watch: WatchedThread): Unsubscribe {
  const { project, threadKey, state } = watch;
  const ended = new AbortController();
  const { signal } = ended;
  const fetchedPins = new Set<string>();
  const ownHeld = new Set<string>();
  let stopHeld: Unsubscribe | null = null;

  const stopThread = listenThread(connection, threadKey, ({ closed, pinned }) => {
    if (pinned && !state.get(pinned) && !fetchedPins.has(pinned)) {
      fetchedPins.add(pinned);
      readComment(project.settings, threadKey, pinned, signal).then((comment) => {
        if (!comment || signal.aborted || state.get(pinned)) return;
        state.apply('page', [comment]);
        watch.changed();
      }, () => fetchedPins.delete(pinned));
    }
    Object.assign(watch.thread, { closed, pinned });
    watch.changed();
  });

  const followHeld = () => {
    let listening: Unsubscribe | null = null;
    let stopped = false;
    // The held listener's chunk only once Auth is here: most readers never load either.
    void project.authLoaded.then(async (auth) => {
      const { followHeld } = await import('./held.js');
      if (stopped || signal.aborted) return;
      listening = followHeld(connection, auth, { projectKey: project.key, threadKey, state, ownHeld }, {
        queue: (held) => {
          watch.thread.held = held;
          watch.changed();
        },
        error: (error) => watch.fail(error),
      });
    }).catch((error: unknown) => watch.fail(error));
    stopHeld = () => {
      stopped = true;
      listening?.();
    };
    if (heldIn(project.key, threadKey).length > 0 || moderatorRemembered(project.key)) project.auth().catch(() => {});
  };
  followHeld();
  // The reader's comment was held (sendPost remembered it): from now on the thread follows it.
  const stopHearing = onHeldRemembered((key, thread) => {
    if (key !== project.key || thread !== threadKey) return;
    stopHeld?.();
    followHeld();
  });

  return () => {
    ended.abort();
    stopThread();
    stopHearing();
    stopHeld?.();
  };
}

function readChange(change: DocumentChange): Comment | null {
  const comment = parseComment(change.doc.id, change.doc.data({ serverTimestamps: 'estimate' }), change.doc.metadata.hasPendingWrites);
  if (!comment) console.warn(`leave-a-reply: skipped the malformed comment ${change.doc.ref.path}.`);
  return comment;
}

/** For `npm run bench`: the documents the server sent, the way Firestore bills them. */
function countReads(changes: DocumentChange[], initial: boolean): void {
  const documents = changes.filter((change) => change.type !== 'removed' && !change.doc.metadata.hasPendingWrites).length;
  if (documents > 0 || initial) performance.mark('leave-a-reply:read', { detail: { via: 'listener', documents, initial } });
}
