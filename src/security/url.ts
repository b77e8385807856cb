/**
 * A commenter's website becomes a link only if it is an http(s) URL. Lit escapes attribute values but
 * does not check URLs, so a stored "javascript:" address would otherwise run when clicked.
 */
export function safeWebsiteUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Forced on every link a reader wrote: readers' links earn no ranking and get no handle on this page. */
export const USER_LINK_REL = 'nofollow ugc noopener noreferrer';
