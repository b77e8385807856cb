/**
 * Mutation XSS: markup that is harmless as the sanitizer parses it and becomes script when its output
 * is parsed again (the widget parses it a second time to render it). Raw-text elements, comments and
 * processing instructions that end earlier than they seem, foster-parenting, nested forms and links,
 * and the published DOMPurify bypasses, rewritten for this project's trap.
 */
import { attacks } from './trap.js';

export const MUTATION = attacks({
  'mxss-mtext-table': (run) => `<math><mtext><table><mglyph><style><img src=x onerror="${run}">`,
  'mxss-svg-p-style': (run) => `<svg></p><style><a id="</style><img src=1 onerror=${run}>">`,
  'mxss-math-form': (run) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${run}>`,
  'mxss-mglyph-svg': (run) => `<math><mtext><table><mglyph><svg><mtext><style><path id="</style><img onerror=${run} src>">`,
  'mxss-select-template': (run) => `<select><template><style><!--</style><a rel="--></style></template></select><img src=x onerror=${run}>">`,
  'mxss-svg-desc-style': (run) => `<svg><desc><style><a title="</style><img src=x onerror=${run}>"></style></desc></svg>`,
  'mxss-comment-gt': (run) => `<!--><img src=x onerror="${run}">-->`,
  'mxss-comment-bang': (run) => `<!--!><img src=x onerror="${run}">-->`,
  'mxss-comment-dashes': (run) => `<!----!><img src=x onerror="${run}">-->`,
  'mxss-comment-in-title': (run) => `<a title="<!--">x</a><img src=x onerror="${run}">-->`,
  'mxss-processing-instruction': (run) => `<?xml-stylesheet ><img src=x onerror="${run}">?>`,
  noscript: (run) => `<noscript><p title="</noscript><img src=x onerror=${run}>">`,
  'mxss-textarea': (run) => `<textarea><img title="</textarea><img src=x onerror=${run}>">`,
  'mxss-title': (run) => `<title><img title="</title><img src=x onerror=${run}>">`,
  'mxss-xmp': (run) => `<xmp><img title="</xmp><img src=x onerror=${run}>">`,
  'mxss-iframe-text': (run) => `<iframe><img title="</iframe><img src=x onerror=${run}>">`,
  'mxss-noembed': (run) => `<noembed><img title="</noembed><img src=x onerror=${run}>">`,
  'mxss-noframes': (run) => `<noframes><img title="</noframes><img src=x onerror=${run}>">`,
  'mxss-style-text': (run) => `<style><img title="</style><img src=x onerror=${run}>">`,
  'mxss-table-foster': (run) => `<table><b><img src=x onerror="${run}"></b></table>`,
  'mxss-nested-links': (run) => `<a href="https://example.com/">one<a href="javascript:${run}">two</a></a>`,
  'mxss-split-script': (run) => `<scr<script>ipt>${run}</script>`,
  'mxss-null-in-tag': (run) => `<scr\u0000ipt>${run}</scr\u0000ipt>`,
  'mxss-escaped-title': (run) => `<a href="https://example.com/" title="&lt;img src=x onerror=${run}&gt;">escaped</a>`,
  'mxss-template-in-svg': (run) => `<svg><template><img src=x onerror="${run}"></template></svg>`,
  'mxss-eval-src': (run) => `<img src="x:${run}" onerror=eval(src)>`,
});
