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
