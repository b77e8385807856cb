import type { Comment } from './comment.js';
import { isProvider } from './identity.js';

/**
 * Reads a stored comment as untrusted input: anything can be in a document, whatever the rules say
 * today. One parser for every source (a REST document, an SDK snapshot, a test's object), so the
 * widget sees the same Comment however it was read. Returns null, and the caller skips the comment,
 * when the name, the text or the date is unusable: better left out than rendered half-broken.
 *
 * `data` holds plain values; timestamps may be Dates or anything with `toDate()` (the SDK's Timestamp).
 */
export function parseComment(id: string, data: Record<string, unknown>, pending = false): Comment | null {
  const author = data['author'];
  const text = data['text'];
  const createdAt = toDate(data['createdAt']);
  if (!isRecord(author) || typeof author['name'] !== 'string' || typeof text !== 'string' || !createdAt) return null;
  return {
    id,
    author: {
      name: author['name'],
      website: typeof author['website'] === 'string' ? author['website'] : null,
      // An unknown provider is shown as a guest: no provider mark is better than a wrong one.
      provider: typeof author['provider'] === 'string' && isProvider(author['provider']) ? author['provider'] : 'guest',
      avatar: typeof author['avatar'] === 'string' ? author['avatar'] : null,
    },
    text,
    createdAt,
    pending,
  };
}

function toDate(value: unknown): Date | null {
  const date = value instanceof Date ? value : isRecord(value) && typeof value['toDate'] === 'function' ? (value['toDate'] as () => unknown)() : null;
  return date instanceof Date && !Number.isNaN(date.getTime()) ? date : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
