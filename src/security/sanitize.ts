import DOMPurify from 'dompurify';

/**
 * The one place where a reader's text becomes HTML. Readers may use the tags WordPress allows in
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

/** Forced on every link: readers' links earn no ranking and get no handle on this page. */
export const USER_LINK_REL = 'nofollow ugc noopener noreferrer';

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
