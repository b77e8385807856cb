import { writeAllAsOwner } from '../../scripts/firestore-rest.js';
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
 * exactly the documents the widget writes: each comment in its place, a guest's private contact.
 */
export async function seedConversation(thread: string, comments: Seeded[]): Promise<void> {
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
