import DOMPurify, { type Config } from 'dompurify';
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
  return sanitizeHtml(paragraphs(text));
}

/**
 * The allow-list alone, without the paragraphs. Its own output must pass through it unchanged: the
 * widget parses that output again to render it, and markup that changes when parsed twice is how
 * mutation XSS gets past a sanitizer (test/security/sanitize.test.ts checks every payload).
 */
export function sanitizeHtml(html: string): string {
  return purify.sanitize(NO_QUIRKS + html, OPTIONS);
}

/**
 * DOMPurify's parser would otherwise read the text in quirks mode, where a <table> does not close an
 * open <p>: removing the table then leaves a <p> inside a <p>, which no parser makes from the output
 * when the widget parses it again to render it, so what shows would not be what was checked. Found
 * by the `deep-tables-100` and `dangling-table-background` payloads of the XSS corpus.
 */
// The <body> keeps leading white space, which the parser would drop before it.
const NO_QUIRKS = '<!doctype html><body>';

const OPTIONS = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href', 'title'],
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

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

/**
 * The Trusted Types policy DOMPurify hands its output through, so that under
 * `require-trusted-types-for 'script'` the browser takes no HTML string for a comment but DOMPurify's
 * (docs/content-security-policy.md). Our own name rather than DOMPurify's default "dompurify": a page
 * that uses DOMPurify itself already owns that name, and a second policy of one name needs
 * 'allow-duplicates'. Only DOMPurify ever sees it; comments never carry a script URL.
 */
const policy = (window as TrustedTypesWindow).trustedTypes?.createPolicy('leave-a-reply', {
  createHTML: (html) => html,
  createScriptURL: () => {
    throw new TypeError('A comment never loads a script.');
  },
});

/** What the widget's HTML sink takes: a TrustedHTML where the browser has Trusted Types, else the string. */
export type CommentHtml = string & { readonly trusted?: never };

/** Sanitized once per text: a thread re-renders often (live updates, relative dates), texts rarely change. */
const bodies = new Map<string, CommentHtml>();

/** The comment's text sanitized for comment-html.ts, the one place that puts it in the page. */
export function sanitizedCommentHtml(text: string): CommentHtml {
  let body = bodies.get(text);
  if (body === undefined) {
    // A long-lived page with a huge thread: start again rather than grow without bound.
    if (bodies.size >= 20_000) bodies.clear();
    const html = purify.sanitize(NO_QUIRKS + paragraphs(text), {
      ...OPTIONS,
      RETURN_TRUSTED_TYPE: true,
      TRUSTED_TYPES_POLICY: policy,
    });
    // A TrustedHTML is not a string to TypeScript, whose DOM types do not know Trusted Types yet; every
    // HTML sink takes either.
    bodies.set(text, (body = html as unknown as CommentHtml));
  }
  return body;
}

/** The part of the Trusted Types API used here: TypeScript's DOM types do not have it yet. */
interface TrustedTypesWindow {
  trustedTypes?: {
    createPolicy(name: string, rules: { createHTML(html: string): string; createScriptURL(url: string): string }): Config['TRUSTED_TYPES_POLICY'];
  };
}
