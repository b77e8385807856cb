import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { sanitizeCommentHtml } from './sanitize.js';

/**
 * The only render site for reader-written HTML: `unsafeHTML` is safe here because its input has just
 * come out of DOMPurify. Components import this, never `unsafeHTML` itself.
 */
export function commentBody(text: string) {
  return unsafeHTML(sanitizeCommentHtml(text));
}
