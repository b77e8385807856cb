/**
 * SVG and MathML: foreign content parses differently (<style> holds markup, CDATA exists, links live
 * in href and xlink:href, animation can set an attribute after sanitizing), and an HTML element inside
 * it pops back out to HTML.
 */
import { attacks, percent } from './trap.js';

const text = '<text x="0" y="20">svg</text>';

export const NAMESPACES = attacks({
  'svg-script': (run) => `<svg><script>${run}</script></svg>`,
  'svg-script-href': (run) => `<svg><script href="data:text/javascript,${percent(run)}"/></svg>`,
  'svg-xlink': (run) => `<svg><a xlink:href="javascript:${run}">${text}</a></svg>`,
  'svg-a-href': (run) => `<svg><a href="javascript:${run}">${text}</a></svg>`,
  'svg-animate-href': (run) => `<svg><a><animate attributeName="href" values="javascript:${run}"/>${text}</a></svg>`,
  'svg-set-xlink': (run) => `<svg><a><set attributeName="xlink:href" to="javascript:${run}"/>${text}</a></svg>`,
  'svg-animate-onbegin': (run) => `<svg><animate onbegin="${run}" attributeName="x" dur="1s"/></svg>`,
  'svg-image-onerror': (run) => `<svg><image href="x" onerror="${run}"/></svg>`,
  'svg-g-onmouseover': (run) => `<svg><g onmouseover="${run}"><rect width="100" height="100"/></g></svg>`,
  'svg-foreignobject': (run) => `<svg><foreignObject><img src=x onerror="${run}"></foreignObject></svg>`,
  'svg-use-data': (run) =>
    `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='${run}'/></svg>#x"/></svg>`,
  'svg-feimage': (run) => `<svg><filter id="f"><feImage href="javascript:${run}"/></filter></svg>`,
  'svg-cdata': (run) => `<svg><![CDATA[><img src=x onerror="${run}">]]></svg>`,
  'svg-title-img': (run) => `<svg><title><img src=x onerror="${run}"></title></svg>`,
  'svg-style-img': (run) => `<svg><style><img src=x onerror="${run}"></style></svg>`,
  'svg-p-breakout': (run) => `<svg><p><img src=x onerror="${run}"></p></svg>`,
  'math-href': (run) => `<math href="javascript:${run}"><mi>click</mi></math>`,
  'math-mi-xlink': (run) => `<math><mi xlink:href="javascript:${run}">x</mi></math>`,
  'math-maction': (run) => `<math><maction actiontype="statusline" xlink:href="javascript:${run}"><mtext>x</mtext></maction></math>`,
  'math-annotation-xml': (run) => `<math><annotation-xml encoding="text/html"><img src=x onerror="${run}"></annotation-xml></math>`,
  'math-style-img': (run) => `<math><style><img src=x onerror="${run}"></style></math>`,
  'math-svg-script': (run) => `<math><mtext><svg><script>${run}</script></svg></mtext></math>`,
});
