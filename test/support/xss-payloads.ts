/**
 * The XSS corpus: attacks a reader could type, or an attacker could write straight into Firestore,
 * one named group per attack class (test/support/xss/). Every payload that could run script calls
 * `top.__xssTrap(its name)`, so a test can prove that none did. Every string goes into the text, the
 * name and the website of a comment (test/e2e/xss-corpus.test.ts), and through the sanitizer
 * (test/security/sanitize.test.ts).
 */
import { CSS_INJECTION } from './xss/css.js';
import { DANGLING_MARKUP } from './xss/dangling-markup.js';
import { EVENT_HANDLERS } from './xss/event-handlers.js';
import { NAMES, NON_STRINGS, WEBSITES } from './xss/fields.js';
import { LONG_COMMENTS } from './xss/long-comments.js';
import { MUTATION } from './xss/mutation.js';
import { NAMESPACES } from './xss/namespaces.js';
import { NESTING } from './xss/nesting.js';
import { TEMPLATE_GADGETS, TEXT_GADGETS } from './xss/template-gadgets.js';
import { URL_SCHEMES } from './xss/url-schemes.js';
import type { Payload } from './xss/trap.js';

export { setTrap, type Payload } from './xss/trap.js';
export { NON_STRINGS, TEXT_GADGETS };

/** Every attack class, by the name the issue gives it. */
export const CORPUS: Record<string, Payload[]> = {
  'event handlers': EVENT_HANDLERS,
  'URL schemes and their encodings': URL_SCHEMES,
  'SVG/MathML namespace confusion': NAMESPACES,
  'mutation XSS': MUTATION,
  'nesting depth': NESTING,
  'dangling markup': DANGLING_MARKUP,
  'CSS injection': CSS_INJECTION,
  'template gadgets': TEMPLATE_GADGETS,
  'very long comments cut into markup': LONG_COMMENTS,
  'author names': NAMES,
  'author websites': WEBSITES,
};

/** Every payload of every class, in the corpus's order. */
export const PAYLOADS: Payload[] = Object.values(CORPUS).flat();

/** Names for the form: a reader can type these. */
export const NAME_PAYLOADS: string[] = NAMES.map((payload) => payload.value);
