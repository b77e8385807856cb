/**
 * Attacks a reader could type, or an attacker could write straight into Firestore. Every payload that
 * could run script calls `top.__xssTrap(name)`, so a test can prove that none did.
 */

declare global {
  interface Window {
    __xssTrap?: (name: string) => void;
  }
}

const trap = (name: string) => `top.__xssTrap('${name}')`;

/** Comment text: HTML the sanitizer must defuse. */
export const TEXT_PAYLOADS: string[] = [
  `<script>${trap('script')}</script>`,
  `<img src=x onerror="${trap('img-onerror')}">`,
  `<svg onload="${trap('svg-onload')}">`,
  `<svg><script>${trap('svg-script')}</script></svg>`,
  `<a href="javascript:${trap('js-link')}">click me</a>`,
  `<a href="JaVaScRiPt:${trap('js-link-case')}">click me</a>`,
  `<a href="  javascript:${trap('js-link-space')}">click me</a>`,
  `<a href="java&#x09;script:${trap('js-link-tab')}">click me</a>`,
  `<a href="&#106;avascript:${trap('js-link-entity')}">click me</a>`,
  `<a href="data:text/html,<script>${trap('data-link')}</script>">data</a>`,
  `<a href="vbscript:msgbox(1)">vb</a>`,
  `<a href="https://example.com/" onclick="${trap('onclick')}">ok link, bad handler</a>`,
  `<a href="https://example.com/" target="_blank" rel="opener">opener</a>`,
  `<iframe src="javascript:${trap('iframe')}"></iframe>`,
  `<iframe srcdoc="<script>${trap('srcdoc')}</script>"></iframe>`,
  `<object data="javascript:${trap('object')}"></object>`,
  `<embed src="javascript:${trap('embed')}">`,
  `<body onload="${trap('body')}">`,
  `<details open ontoggle="${trap('details')}">details</details>`,
  `<b onmouseover="${trap('b-mouseover')}">bold</b>`,
  `<strong style="background:url(javascript:${trap('style-url')})">styled</strong>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${trap('mxss')}">`,
  `<form><button formaction="javascript:${trap('formaction')}">go</button></form>`,
  `<input autofocus onfocus="${trap('autofocus')}">`,
  `<video><source onerror="${trap('video')}"></video>`,
  `<audio src=x onerror="${trap('audio')}">`,
  `<style>@import 'javascript:${trap('style-import')}';</style>`,
  `<link rel=stylesheet href="javascript:${trap('link')}">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${trap('meta')}">`,
  `<base href="javascript:${trap('base')}//">`,
  `<template><img src=x onerror="${trap('template')}"></template>`,
  `"><img src=x onerror="${trap('attribute-breakout')}">`,
  `<noscript><p title="</noscript><img src=x onerror=${trap('noscript')}>">`,
  `<blockquote cite="javascript:${trap('cite')}">quoted</blockquote>`,
  `<abbr title="ok" onclick="${trap('abbr')}">abbr</abbr>`,
  `<scr<script>ipt>${trap('split-script')}</script>`,
  `<svg><a xlink:href="javascript:${trap('xlink')}"><text x="0" y="20">svg link</text></a></svg>`,
  `<marquee onstart="${trap('marquee')}">marquee</marquee>`,
  `<a id="larTestClobber" name="larTestClobber">clobbering</a>`,
  `<div class="x" data-x="1" aria-label="y">attributes</div>`,
  `<img src=x:alert(1) onerror=eval(src)>`,
  `${'<b>'.repeat(200)}deeply nested`,
];

/** Names are plain text: markup must show as typed. */
export const NAME_PAYLOADS: string[] = [
  `<img src=x onerror="${trap('name-img')}">`,
  `<script>${trap('name-script')}</script>`,
];

/** Websites an attacker could store; only http(s) may become a link. */
export const WEBSITE_PAYLOADS: string[] = [
  `javascript:${trap('website-js')}`,
  `JAVASCRIPT:${trap('website-js-case')}`,
  `data:text/html,<script>${trap('website-data')}</script>`,
  `https://example.com/"><img src=x onerror="${trap('website-breakout')}">`,
];

/** Installs the trap; returns the list it fills. */
export function setTrap(): string[] {
  const sprung: string[] = [];
  window.__xssTrap = (name) => sprung.push(name);
  return sprung;
}
