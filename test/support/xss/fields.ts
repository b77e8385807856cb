/**
 * What an attacker can store as the author's name and website, straight into Firestore, past the
 * rules: markup and attribute break-outs in names (names are plain text: they must show as stored),
 * javascript: and data: websites in every spelling (only http and https may become a link), values
 * far past the limits, and values that are not strings at all (the parser must cope: a comment
 * without a usable name or text is left out, a website that is not a string is no link).
 */
import { attacks, entities, percent } from './trap.js';

export const NAMES = attacks({
  'name-img': (run) => `<img src=x onerror="${run}">`,
  'name-script': (run) => `<script>${run}</script>`,
  'name-attribute-breakout': (run) => `"><img src=x onerror="${run}">`,
  'name-single-breakout': (run) => `'><svg onload="${run}">`,
  'name-close-markup': (run) => `</b></footer></article><img src=x onerror="${run}">`,
  'name-entity': (run) => `&lt;img src=x onerror=${run}&gt; &amp;`,
  'name-gadget': (run) => `{{constructor.constructor("${run}")()}}`,
  'name-reply-label': () => `Ada" aria-label="Delete" data-action="delete`,
  'name-js-url': (run) => `javascript:${run}`,
  'name-bidi': () => `Ada \u202Egnp.exe\u202C Lovelace`,
  'name-invisible': () => `\u200B\u200D\uFEFF\u2060`,
  'name-newlines': (run) => `Ada\n\n<img src=x onerror="${run}">\r\nLovelace`,
  'name-blank': () => ` \t `,
  'name-nul': (run) => `Ada\u0000<img src=x onerror="${run}">`,
  'name-very-long': () => 'Mallory '.repeat(10_000),
});

export const WEBSITES = attacks({
  'website-js': (run) => `javascript:${run}`,
  'website-js-case': (run) => `JAVASCRIPT:${run}`,
  'website-js-space': (run) => `  javascript:${run}`,
  'website-js-control': (run) => `\u0001\u001Fjavascript:${run}`,
  'website-js-tab': (run) => `java\tscript:${run}`,
  'website-js-newline': (run) => `java\nscript:${run}`,
  'website-js-percent': (run) => `javascript:${percent(run)}`,
  'website-js-comment': (run) => `javascript://example.com/%0a${run}`,
  'website-js-entities': (run) => entities(`javascript:${run}`),
  'website-js-fullwidth': (run) => `\uFF4Aavascript:${run}`,
  'website-https-js': (run) => `https:javascript:${run}`,
  'website-data': (run) => `data:text/html,<script>${run}</script>`,
  'website-data-base64': (run) => `data:text/html;base64,${btoa(`<script>${run}</script>`)}`,
  'website-vbscript': () => `vbscript:msgbox(1)`,
  'website-blob': () => `blob:https://example.com/3f9c7d0e-0000-4000-8000-000000000000`,
  'website-file': () => `file:///etc/passwd`,
  'website-mailto': () => `mailto:ada@example.com`,
  'website-breakout': (run) => `https://example.com/"><img src=x onerror="${run}">`,
  'website-single-breakout': (run) => `https://example.com/'onmouseover='${run}`,
  'website-space-handler': (run) => `https://example.com/ onmouseover=${run}`,
  'website-fragment-markup': (run) => `https://example.com/#<script>${run}</script>`,
  'website-protocol-relative': () => `//evil.example/`,
  'website-no-scheme': () => `evil.example`,
  'website-userinfo': () => `https://example.com@evil.example/`,
  'website-backslashes': () => `https:\\\\evil.example\\path`,
  'website-very-long': () => `https://example.com/${'a'.repeat(100_000)}`,
});

/** Values that are not strings, for each field in turn. */
export const NON_STRINGS: Array<{ name: string; value: unknown }> = [
  { name: 'integer', value: 42 },
  { name: 'double', value: 4.2 },
  { name: 'boolean', value: true },
  { name: 'null', value: null },
  { name: 'array', value: [`javascript:top.__xssTrap('array')`, '<img src=x onerror="top.__xssTrap(\'array\')">'] },
  { name: 'map', value: { href: `javascript:top.__xssTrap('map')`, toString: '<img src=x onerror="top.__xssTrap(\'map\')">' } },
];
