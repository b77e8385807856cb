import type { Comment } from './comment.js';
import { isProvider } from './identity.js';

/**
 * Reads a stored comment as untrusted input: anything can be in a document, whatever the rules say
 * today. One parser for every source (a REST document, an SDK snapshot, a test's object), so the
 * widget sees the same Comment however it was read. Returns null, and the caller skips the comment,
 * when the name, the text, the place or the date is unusable: better left out than rendered
 * half-broken.
 *
 * `data` holds plain values. Timestamps may be Dates, anything with `toDate()` (the SDK's Timestamp),
 * and keep their exact time when they carry it (`stamp`, or the Timestamp's seconds and nanoseconds).
 * Documents from before replies existed have no `rootCreatedAt`: they are top-level comments.
 */
export function parseComment(id: string, data: Record<string, unknown>, pending = false): Comment | null {
  const created = readTime(data['createdAt']);
  const updated = readTime(data['updatedAt']) ?? created;
  const place = readPlace(data);
  if (!created || !updated || !place) return null;
  const stored = { id, ...place, createdAt: created.date, createdStamp: created.stamp, updatedAt: updated.date, pending };
  if (data['status'] === 'deleted') return { ...stored, status: 'deleted' };

  const author = data['author'];
  const text = data['text'];
  if (!isRecord(author) || typeof author['name'] !== 'string' || typeof text !== 'string') return null;
  return {
    ...stored,
    // Held comments reach only their author and moderators; anything else unknown reads as published,
    // as documents from before statuses had more than two values did.
    status: data['status'] === 'pending' || data['status'] === 'spam' ? data['status'] : 'published',
    author: {
      uid: typeof author['uid'] === 'string' ? author['uid'] : '',
      name: author['name'],
      website: typeof author['website'] === 'string' ? author['website'] : null,
      // An unknown provider is shown as a guest: no provider mark is better than a wrong one.
      provider: typeof author['provider'] === 'string' && isProvider(author['provider']) ? author['provider'] : 'guest',
      avatar: typeof author['avatar'] === 'string' ? author['avatar'] : null,
    },
    text,
    editedAt: readTime(data['editedAt'])?.date ?? null,
  };
}

function readPlace(data: Record<string, unknown>) {
  const parentId = data['parentId'] ?? null;
  const depth = data['depth'] ?? 0;
  const rootCreatedAt = data['rootCreatedAt'] == null ? null : readTime(data['rootCreatedAt'])?.stamp;
  if (parentId !== null && (typeof parentId !== 'string' || !parentId)) return null;
  if (typeof depth !== 'number' || !Number.isInteger(depth) || depth < 0) return null;
  // A reply without its root's time, or a top-level comment with one: a place no query can find.
  if (rootCreatedAt === undefined || (parentId === null) !== (depth === 0) || (parentId === null) !== (rootCreatedAt === null)) return null;
  return { parentId, depth, rootCreatedAt };
}

/** A timestamp as a Date and as its exact RFC 3339 text. */
function readTime(value: unknown): { date: Date; stamp: string } | null {
  if (!isRecord(value)) return null;
  const date = value instanceof Date ? value : typeof value['toDate'] === 'function' ? (value['toDate'] as () => unknown)() : null;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return null;
  if (typeof value['stamp'] === 'string') return { date, stamp: value['stamp'] };
  const { seconds, nanoseconds } = value as { seconds?: unknown; nanoseconds?: unknown };
  if (typeof seconds === 'number' && typeof nanoseconds === 'number') return { date, stamp: rfc3339(seconds, nanoseconds) };
  return { date, stamp: date.toISOString() };
}

/** Seconds and nanoseconds as RFC 3339, as Firestore's REST API writes them (nanoseconds kept). */
export function rfc3339(seconds: number, nanoseconds: number): string {
  const whole = new Date(seconds * 1000).toISOString().slice(0, 19);
  const fraction = String(nanoseconds).padStart(9, '0').replace(/0+$/, '');
  return `${whole}${fraction ? `.${fraction}` : ''}Z`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
