import { Timestamp } from 'firebase/firestore';

/** An RFC 3339 time with up to nanoseconds, as the REST API writes it, as a Timestamp (Date keeps only ms). */
export function timestampFrom(rfc3339: string): Timestamp {
  const [, whole = rfc3339, fraction = ''] = /^(.*?)(?:\.(\d+))?Z$/.exec(rfc3339) ?? [];
  const seconds = Math.floor(Date.parse(`${whole}Z`) / 1000);
  return new Timestamp(seconds, Number(fraction.padEnd(9, '0').slice(0, 9)));
}

/**
 * What a deletion keeps of a stored comment: its place and its creation time, as Timestamps to the
 * nanosecond (the rules compare them with what is stored exactly).
 */
export function keptPlace(comment: { parentId: string | null; depth: number; rootCreatedAt: string | null; createdStamp: string }) {
  return {
    parentId: comment.parentId,
    depth: comment.depth,
    rootCreatedAt: comment.rootCreatedAt === null ? null : timestampFrom(comment.rootCreatedAt),
    createdAt: timestampFrom(comment.createdStamp),
  };
}
