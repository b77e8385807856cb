/**
 * Nesting depth: Chromium's parser stops nesting at 512 elements and makes the rest siblings, so a
 * tree the sanitizer checked deep down can come out differently when its output is parsed again
 * (the 2024 DOMPurify bypasses). Also deep trees made only of allowed tags, misnested formatting
 * elements (the adoption agency algorithm) and nested tables.
 */
import { attacks } from './trap.js';

export const NESTING = attacks({
  'deep-b-200': `${'<b>'.repeat(200)}deeply nested`,
  'deep-div-255': (run) => `${'<div>'.repeat(255)}<img src=x onerror="${run}">`,
  'deep-div-511-svg-style': (run) => `${'<div>'.repeat(511)}<svg><style><img src=x onerror="${run}"></style></svg>`,
  'deep-div-520-form': (run) => `${'<div>'.repeat(520)}<form><math><mtext></form><form><mglyph><style></math><img src onerror=${run}>`,
  'deep-div-600-mtext': (run) =>
    `${'<div>'.repeat(600)}<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=x onerror=${run}&gt;">`,
  'deep-blockquote-300': (run) => `${'<blockquote>'.repeat(300)}<a href="javascript:${run}">deep link</a>`,
  'deep-q-2000': (run) => `${'<q>'.repeat(2000)}<img src=x onerror="${run}">`,
  'deep-links-100': (run) => `${'<a href="https://example.com/">'.repeat(99)}<a href="javascript:${run}">innermost</a>`,
  'deep-misnested-500': (run) => `${'<b><i>'.repeat(250)}${'</b></i>'.repeat(250)}<img src=x onerror="${run}">`,
  'deep-tables-100': (run) => `${'<table><tr><td>'.repeat(100)}<img src=x onerror="${run}">`,
  'deep-svg-300': (run) => `${'<svg>'.repeat(300)}<script>${run}</script>`,
  'deep-math-mtext-260': (run) => `${'<math><mtext>'.repeat(130)}<mglyph><style><img src=x onerror="${run}">`,
});
