import { writeAllAsOwner, writeAsOwner } from '../../scripts/firestore-rest.js';
import { commentDocument, contactDocument, deletedCommentDocument } from '../../src/data/documents.js';
import { threadDocumentId } from '../../src/data/thread-id.js';
import { firestoreEmulator, testEnvironment } from './environment.js';

/** A comment to seed: top level, or under `parent` (an earlier one of the same seeding). */
export interface Seeded {
  id: string;
  name: string;
  text: string;
  createdAt: Date;
  parent?: Seeded;
  deleted?: boolean;
}

const depthOf = (comment: Seeded): number => (comment.parent ? depthOf(comment.parent) + 1 : 0);
const rootOf = (comment: Seeded): Seeded => (comment.parent ? rootOf(comment.parent) : comment);

/**
 * Writes a conversation as the emulator's owner, past the rules (the times are in the past), with
 * exactly the documents the widget writes: each comment in its place, a guest's private contact. The
 * thread's own document too (seedThreadDocument), so that a test may close the thread or pin a comment
 * while pages follow it.
 */
export async function seedConversation(thread: string, comments: Seeded[]): Promise<void> {
  await seedThreadDocument(thread);
  const path = (...ids: string[]) => ['threads', threadDocumentId(thread), 'comments', ...ids];
  const uid = (comment: Seeded) => `uid-${comment.name.toLowerCase().replace(/\W+/g, '-')}`;
  const writes = comments.flatMap((comment): Array<[string[], Record<string, unknown>]> => {
    const place = comment.parent
      ? { parentId: comment.parent.id, depth: depthOf(comment), rootCreatedAt: rootOf(comment).createdAt }
      : { parentId: null, depth: 0, rootCreatedAt: null };
    if (comment.deleted) return [[path(comment.id), deletedCommentDocument({ ...place, createdAt: comment.createdAt }, comment.createdAt)]];
    const draft = { name: comment.name, text: comment.text, email: `${uid(comment)}@example.com`, website: '' };
    return [
      [path(comment.id), commentDocument(uid(comment), draft, comment.createdAt, null, place)],
      [path(comment.id, 'private', 'contact'), contactDocument(uid(comment), draft)],
    ];
  });
  await writeAllAsOwner(firestoreEmulator(), testEnvironment.projectId, writes);
}

/** `count` top-level comments a minute apart from `start`, each with `replies` replies under it. */
export function busyThread(count: number, replies: number, start = Date.UTC(2026, 9, 1)): Seeded[] {
  const comments: Seeded[] = [];
  for (let i = 0; i < count; i++) {
    const top: Seeded = { id: `top-${String(i).padStart(4, '0')}`, name: `Reader ${i}`, text: `Top-level comment ${i}.`, createdAt: new Date(start + i * 60_000) };
    comments.push(top);
    for (let j = 0; j < replies; j++) {
      comments.push({ id: `${top.id}-reply-${j}`, name: `Replier ${i}-${j}`, text: `Reply ${j} to comment ${i}.`, createdAt: new Date(start + i * 60_000 + (j + 1) * 1000), parent: top });
    }
  }
  return comments;
}

/**
 * Creates the thread's own document (threads/{id}), open, as the owner: a test that closes the thread
 * or pins a comment while a page listens to it calls this before the page opens. The Firestore
 * emulator can miss a document's creation when it races a new listener on that document: the
 * listener never hears of it (a Node script that listened to a missing document and created it 0 to
 * 200 ms later missed 1 to 4 creations in 60; with the document there first, and changed instead,
 * it missed none in 60). Production Firestore has no such race (firebase-tools#3867 is one report of
 * the emulator's). The widget's rule is the same either way: no document is an open thread.
 */
export async function seedThreadDocument(thread: string, projectId = testEnvironment.projectId): Promise<void> {
  await writeAsOwner(firestoreEmulator(), projectId, ['threads', threadDocumentId(thread)], { closed: false });
}
