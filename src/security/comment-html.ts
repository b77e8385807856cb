import { noChange, nothing } from 'lit';
import { Directive, directive } from 'lit/directive.js';

/**
 * The only render site for a reader's text. Plain text (no "<", no "&") needs no HTML sanitizer: it
 * becomes text nodes, which cannot create elements, in the same paragraphs and line breaks the
 * sanitizer would make. Anything with markup goes through DOMPurify (sanitize.ts), which is loaded
 * only when a thread has such a comment, and each text is sanitized once. The one HTML sink the
 * widget has is here, and takes only DOMPurify's output: a TrustedHTML under Trusted Types
 * (docs/content-security-policy.md). Not Lit's `unsafeHTML`: Lit's own policy lets any string through.
 */

type Sanitizer = typeof import('./sanitize.js');

let sanitizer: Sanitizer | null = null;
let loading: Promise<void> | null = null;

export function hasMarkup(text: string): boolean {
  return /[<&]/.test(text);
}

/**
 * Resolves when every text in `texts` can be rendered; null when they already can (no markup, or the
 * sanitizer is here). Call it before rendering new comments, so a comment never shows half-done.
 */
export function prepareBodies(texts: Iterable<string>): Promise<void> | null {
  if (sanitizer) return null;
  for (const text of texts) {
    if (!hasMarkup(text)) continue;
    loading ??= import('./sanitize.js').then(
      (module) => void (sanitizer = module),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  }
  return null;
}

/** A comment's text, ready for a template. Markup before `prepareBodies` has resolved renders as nothing. */
export function commentBody(text: string) {
  if (!hasMarkup(text)) return body(text, null);
  return sanitizer ? body(text, sanitizer) : nothing;
}

/**
 * A comment's text as nodes, rebuilt only when the text changes. Without markup, WordPress's wpautop:
 * blank lines make paragraphs, newlines line breaks, built with createElement and text nodes rather
 * than a template per paragraph: a thread renders thousands of these, and this is several times cheaper.
 */
class Body extends Directive {
  #text: string | null = null;

  render(text: string, markup: Sanitizer | null): DocumentFragment | typeof noChange {
    if (text === this.#text) return noChange;
    this.#text = text;
    if (markup) {
      const template = document.createElement('template');
      // TypeScript's DOM types call the sink a string; the browser takes the TrustedHTML.
      template.innerHTML = markup.sanitizedCommentHtml(text);
      return template.content;
    }
    const body = document.createDocumentFragment();
    for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
      const paragraph = chunk.trim();
      if (!paragraph) continue;
      const p = document.createElement('p');
      paragraph.split('\n').forEach((line, i) => (i ? p.append(document.createElement('br'), line) : p.append(line)));
      body.append(p);
    }
    return body;
  }
}

const body = directive(Body);
