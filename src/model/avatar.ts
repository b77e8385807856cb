/**
 * Avatars: the provider's photo for accounts, Gravatar for guests, and initials on a colour when there
 * is no picture (or the site turned remote images off with `avatars="off"`).
 */

const GRAVATAR = 'https://www.gravatar.com/avatar/';

/**
 * The guest's Gravatar URL as stored in a comment: the SHA-256 of the trimmed, lower-cased address,
 * hashed in the browser, so the address itself never leaves the private contact document. The rules
 * compute the same hash from that document and refuse any other URL. Null where the browser has no
 * Web Crypto (an insecure origin).
 */
export async function gravatarUrl(email: string): Promise<string | null> {
  const address = email.trim().toLowerCase();
  if (!address || !globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(address));
  const hex = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return GRAVATAR + hex;
}

/**
 * The address an <img> loads for a stored avatar, sized for `pixels` device pixels; null for anything
 * that is not https (stored documents are untrusted). A Gravatar without a picture answers 404, so the
 * initials show instead of Gravatar's generic face.
 */
export function avatarImageUrl(stored: string | null, pixels: number): string | null {
  if (!stored) return null;
  let url: URL;
  try {
    url = new URL(stored);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (stored.startsWith(GRAVATAR)) {
    url.search = new URLSearchParams({ s: String(pixels), d: '404' }).toString();
  }
  return url.href;
}

/** Up to two letters for the fallback avatar: "Ada Lovelace" → "AL", "grace" → "G". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/u).filter((word) => /\p{L}|\p{N}/u.test(word));
  const letters = [words[0], words.length > 1 ? words[words.length - 1] : undefined]
    .map((word) => (word ? [...word.replace(/^[^\p{L}\p{N}]+/u, '')][0] ?? '' : ''))
    .join('');
  return letters.toLocaleUpperCase() || '?';
}

/**
 * A hue derived from the name, so the same commenter gets the same colour on every page. Saturation
 * and lightness are fixed where white initials stay readable (contrast ≥ 4.5:1 at every hue).
 */
export function avatarHue(name: string): number {
  let hash = 0;
  for (const char of name.trim().toLowerCase()) hash = (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % 360;
}
