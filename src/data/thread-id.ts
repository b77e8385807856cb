/**
 * Thread keys are page paths such as "/2026/11/a-review", but a Firestore document ID may not contain
 * "/", may not be "." or "..", and may not look like "__name__". Percent-encoding the key, dots and
 * underscores included, gives an ID that is always valid and that decodes back to the key with
 * `decodeURIComponent`.
 */
export function threadDocumentId(threadKey: string): string {
  return encodeURIComponent(threadKey).replace(/[._]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Firestore's limit on a document ID, in bytes (the encoded ID is ASCII, so characters). */
export const MAX_THREAD_ID_LENGTH = 1500;
