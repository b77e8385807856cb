/**
 * Lists everything in the rendered comments that is not on the allow-list: the elements and attributes
 * the widget's own comment markup uses, plus the sanitizer's. An attack that survives shows up here.
 */
import { renderedComments } from './queries.js';

const ALLOWED_ELEMENTS = new Set([
  // The comment's own markup.
  'article', 'footer', 'span', 'b', 'time', 'div',
  // What readers may write (src/security/sanitize.ts).
  'a', 'abbr', 'acronym', 'blockquote', 'cite', 'code', 'del', 'em', 'i', 'q', 's', 'strike', 'strong', 'p', 'br',
]);
const ALLOWED_ATTRIBUTES = new Set(['class', 'part', 'href', 'title', 'rel', 'datetime', 'hidden', 'aria-hidden']);
const SAFE_LINK = /^(https?:|mailto:)/i;

export function disallowedInComments(widget: Element): string[] {
  const found: string[] = [];
  for (const comment of renderedComments(widget)) {
    for (const element of [comment, ...comment.querySelectorAll('*')]) {
      if (isOwnAvatarOrMark(element) || isOwnControl(element)) continue;
      const tag = element.localName;
      if (!ALLOWED_ELEMENTS.has(tag)) found.push(`<${tag}>`);
      for (const { name, value } of element.attributes) {
        if (!ALLOWED_ATTRIBUTES.has(name)) found.push(`<${tag} ${name}>`);
        if (name === 'href' && !SAFE_LINK.test(value)) found.push(`<${tag} href="${value}">`);
      }
    }
  }
  return found;
}

/**
 * The widget's own permalink (the date, linking to `#comment-<id>`) and its Reply, Edit and Delete
 * buttons: outside the comment's text, with only the attributes the widget sets.
 */
function isOwnControl(element: Element): boolean {
  const only = (allowed: Record<string, RegExp>) =>
    [...element.attributes].every(({ name, value }) => allowed[name]?.test(value) ?? false);
  if (element.matches('footer > a.permalink')) return only({ class: /^permalink$/, href: /^#comment-[\w-]+$/ });
  if (element.matches('article > p.actions')) return only({ class: /^actions$/, part: /^actions$/ });
  if (element.matches('article > p.actions > button')) {
    return only({ type: /^button$/, class: /^link$/, part: /^action$/, 'data-action': /^(reply|edit|delete)$/, 'data-id': /^[\w-]+$/, 'aria-label': /^Reply to / });
  }
  return false;
}

/**
 * The widget's own avatar (initials on a hue it sets in `style`, a picture only from https) and
 * provider mark (an inline SVG): outside the comment's text, never built from reader markup.
 */
function isOwnAvatarOrMark(element: Element): boolean {
  if (element.matches('footer > span.avatar')) {
    return [...element.attributes].every(({ name, value }) =>
      name === 'class' || name === 'aria-hidden' || (name === 'part' && value === 'avatar') || (name === 'style' && /^--_hue: \d+;?$/.test(value)));
  }
  if (element.matches('footer > span.avatar > img')) {
    return [...element.attributes].every(({ name, value }) =>
      name === 'src' ? value.startsWith('https://') : ['alt', 'loading', 'decoding', 'referrerpolicy'].includes(name));
  }
  return element.closest('footer > .provider') !== null && element.closest('.content') === null;
}
