import type { DocumentSnapshot, Query } from 'firebase-admin/firestore';
import { threadDocumentId } from '../data/thread-id.js';
import { ensureReachable, type Connection } from './connection.js';
import { progress } from './progress.js';

export interface ExportOptions {
  thread?: string;
  includePrivate?: boolean;
}

/** One comment as `export` prints it: the stored fields, times as ISO strings, the thread's key decoded. */
export interface ExportedComment {
  id: string;
  thread: string;
  parentId: string | null;
  depth: number;
  status: string;
  author: { uid: string; name: string; website: string | null; provider: string; avatar: string | null; email?: string | null } | null;
  text: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  editedAt: string | null;
}

/**
 * Every comment of the project (or of one thread) as JSON on `write`, a comment at a time, so a large
 * site does not have to fit in one string. Emails live in each comment's private/contact document and
 * are read only with `includePrivate`.
 */
export async function exportComments(connection: Connection, options: ExportOptions, write: (text: string) => void) {
  await ensureReachable(connection, 'firestore');
  const { firestore } = connection;
  const comments: Query = options.thread
    ? firestore.collection(`threads/${threadDocumentId(options.thread)}/comments`)
    : firestore.collectionGroup('comments');
  const total = (await comments.count().get()).data().count;

  const emails = new Map<string, string | null>();
  if (options.includePrivate) {
    // A whole project's contacts in one collection-group query; one thread's by their paths.
    const contacts = options.thread
      ? await getAllInChunks(connection, (await comments.select().get()).docs.map((comment) => comment.ref.collection('private').doc('contact').path))
      : (await firestore.collectionGroup('private').get()).docs;
    for (const contact of contacts) {
      if (contact.id !== 'contact' || !contact.exists) continue;
      const email: unknown = contact.get('email');
      emails.set(contact.ref.parent.parent?.path ?? '', typeof email === 'string' ? email : null);
    }
  }

  const bar = progress('Exported', total);
  write(`{\n  "project": ${JSON.stringify(connection.projectId)},\n  "exportedAt": ${JSON.stringify(new Date().toISOString())},\n  "comments": [`);
  let first = true;
  // Path order is thread by thread; within a thread, the order of the IDs.
  for await (const snapshot of comments.stream() as AsyncIterable<DocumentSnapshot>) {
    // Only threads/{threadId}/comments/{commentId}: a collection group also matches any other "comments".
    const segments = snapshot.ref.path.split('/');
    if (segments.length !== 4 || segments[0] !== 'threads') continue;
    const comment = exported(snapshot, segments[1], options.includePrivate ? emails : null);
    write(`${first ? '' : ','}\n    ${JSON.stringify(comment)}`);
    first = false;
    bar.increment();
  }
  write(`${first ? '' : '\n  '}]\n}\n`);
  bar.stop();
}

function exported(snapshot: DocumentSnapshot, threadId: string, emails: Map<string, string | null> | null): ExportedComment {
  const data = snapshot.data() ?? {};
  const author = data['author'] as Record<string, unknown> | null | undefined;
  let thread = threadId;
  try {
    thread = decodeURIComponent(threadId);
  } catch {
    // Not written by the widget: the ID as it is.
  }
  return {
    id: snapshot.id,
    thread,
    parentId: typeof data['parentId'] === 'string' ? data['parentId'] : null,
    depth: typeof data['depth'] === 'number' ? data['depth'] : 0,
    status: String(data['status'] ?? ''),
    author: author
      ? {
          uid: String(author['uid'] ?? ''),
          name: String(author['name'] ?? ''),
          website: typeof author['website'] === 'string' ? author['website'] : null,
          provider: String(author['provider'] ?? ''),
          avatar: typeof author['avatar'] === 'string' ? author['avatar'] : null,
          ...(emails ? { email: emails.get(snapshot.ref.path) ?? null } : {}),
        }
      : null,
    text: typeof data['text'] === 'string' ? data['text'] : null,
    createdAt: iso(data['createdAt']),
    updatedAt: iso(data['updatedAt']),
    editedAt: iso(data['editedAt']),
  };
}

function iso(value: unknown): string | null {
  const toDate = (value as { toDate?: () => Date } | null)?.toDate;
  return typeof toDate === 'function' ? toDate.call(value).toISOString() : null;
}

async function getAllInChunks(connection: Connection, paths: string[]): Promise<DocumentSnapshot[]> {
  const snapshots: DocumentSnapshot[] = [];
  for (let i = 0; i < paths.length; i += 300) {
    const refs = paths.slice(i, i + 300).map((path) => connection.firestore.doc(path));
    if (refs.length > 0) snapshots.push(...(await connection.firestore.getAll(...refs)));
  }
  return snapshots;
}
