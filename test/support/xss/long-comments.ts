/**
 * Very long comments: texts of exactly the limit whose last characters are markup cut short (an open
 * tag, an attribute without its closing quote, an entity, a comment, a raw-text element), texts that
 * run past the limit with the attack straddling it (the rules refuse them; an attacker writes them
 * anyway), and texts far beyond it: many paragraphs, huge attributes, thousands of handlers.
 */
import { LIMITS } from '../../../src/model/comment.js';
import { attacks, type Attack } from './trap.js';

const MAX = LIMITS.textMax;

function filler(length: number): string {
  const words = 'All work and no play makes a long comment. ';
  return words.repeat(Math.ceil(length / words.length)).slice(0, length);
}

/**
 * A text of exactly the limit whose end falls inside `markup`, just after `at` (or after its first
 * `keep` characters when `at` is a number): what a cut at the limit would leave.
 */
function cutAt(markup: string, at: string | number): string {
  const keep = typeof at === 'number' ? at : markup.indexOf(at) + at.length;
  if (keep <= 0 || keep > markup.length) throw new Error(`Cannot cut ${markup} at ${String(at)}`);
  return (filler(MAX - keep) + markup).slice(0, MAX);
}

/** `markup` whole, starting `before` characters before the limit: a text the rules would refuse. */
const across = (markup: string, before: number) => filler(MAX - before) + markup;

const img = (run: string) => `<img src=x onerror="${run}">`;
const jsLink = (run: string) => `<a href="javascript:${run}">link</a>`;

const cuts: Record<string, Attack> = {
  'cut-in-tag-name': (run) => cutAt(img(run), 3),
  'cut-after-onerror': (run) => cutAt(img(run), 'onerror='),
  'cut-in-handler': (run) => cutAt(img(run), 'top.__xss'),
  'cut-before-quote': (run) => cutAt(img(run), `${run}`),
  'cut-before-gt': (run) => cutAt(img(run), `${run}"`),
  'cut-in-js-href': (run) => cutAt(jsLink(run), 'javas'),
  'cut-in-entity': (run) => cutAt(`<a href="&#106;avascript:${run}">link</a>`, '&#10'),
  'cut-in-comment-open': (run) => cutAt(`<!--${img(run)}-->`, '<!-'),
  'cut-in-comment': (run) => cutAt(`<!--${img(run)}-->`, `${run}">`),
  'cut-in-svg-script': (run) => cutAt(`<svg><script>${run}</script></svg>`, '</'),
  'cut-in-style': (run) => cutAt(`<style>b{content:"</style>${img(run)}"}</style>`, '</style>'),
  'cut-in-cdata': (run) => cutAt(`<svg><![CDATA[>${img(run)}]]></svg>`, `${run}">`),
  'cut-in-allowed-title': (run) => cutAt(`<a href="https://example.com/" title="${img(run)}">ok</a>`, 'onerror='),
  'across-limit-img': (run) => across(img(run), 10),
  'across-limit-js-link': (run) => across(jsLink(run), 12),
  'across-limit-open-title': (run) => across(`<a href="https://example.com/" title="ok>${img(run)}">x</a>`, 30),
  'huge-handlers': (run) => `<b onmouseover="${run}">hover</b> `.repeat(1000),
  'huge-paragraphs': (run) => `${'line\n\n'.repeat(2000)}${img(run)}`,
  'huge-attribute': (run) => `<a href="https://example.com/" title="${'x'.repeat(20_000)}" onclick="${run}">huge title</a>`,
  'huge-open-links': () => '<a href="https://example.com/">'.repeat(200),
};

export const LONG_COMMENTS = attacks(cuts);
