import DOMPurify from 'dompurify';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { USER_LINK_REL } from './url.js';

/**
 * The one place where a reader's text becomes HTML. Loaded on demand by comment-html.ts, only for
 * comments that contain markup. Readers may use the tags WordPress allows in
 * comments; everything else is removed, whatever the stored document says.
 */

const ALLOWED_TAGS = [
  'a', 'abbr', 'acronym', 'b', 'blockquote', 'cite', 'code', 'del', 'em', 'i', 'q', 's', 'strike', 'strong',
  // Not typed by readers: made by `paragraphs` from blank lines and newlines.
  'p', 'br',
];

/** Which of the allowed tags may carry which attribute. DOMPurify's own list is global. */
const ATTRIBUTES_BY_TAG: Record<string, readonly string[]> = {
  a: ['href', 'title'],
  abbr: ['title'],
  acronym: ['title'],
};


const purify = DOMPurify(window);

purify.addHook('uponSanitizeAttribute', (node, data) => {
  const allowed = ATTRIBUTES_BY_TAG[node.nodeName.toLowerCase()] ?? [];
  if (!allowed.includes(data.attrName)) data.keepAttr = false;
});

purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'A') node.setAttribute('rel', USER_LINK_REL);
});

/**
 * Sanitizes a comment's text for display: blank lines become paragraphs and newlines line breaks,
 * as in WordPress; only the allowed tags survive; links keep only http, https and mailto addresses.
 */
export function sanitizeCommentHtml(text: string): string {
  return purify.sanitize(paragraphs(text), {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title'],
    ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
}

// WordPress's wpautop, reduced to what comments need: a blockquote is a block of its own, so the
// paragraphs stop around it and start again inside it.
const BLOCK_TAG = /(<\/?blockquote\b[^>]*>)/gi;
const ONLY_A_BLOCK_TAG = /^<\/?blockquote\b[^>]*>$/i;

function paragraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(BLOCK_TAG, '\n\n$1\n\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (ONLY_A_BLOCK_TAG.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>')}</p>`))
    .join('');
}

/** Sanitized once per text: a thread re-renders often (live updates, relative dates), texts rarely change. */
const bodies = new Map<string, ReturnType<typeof unsafeHTML>>();

/** The comment's text as a template part; `unsafeHTML` is safe here because DOMPurify has just run. */
export function sanitizedBody(text: string) {
  let body = bodies.get(text);
  if (!body) {
    // A long-lived page with a huge thread: start again rather than grow without bound.
    if (bodies.size >= 20_000) bodies.clear();
    bodies.set(text, (body = unsafeHTML(sanitizeCommentHtml(text))));
  }
  return body;
}
