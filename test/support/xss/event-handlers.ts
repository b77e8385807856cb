/**
 * Script in the markup itself: <script> and every kind of event handler attribute, on elements the
 * allow-list keeps (where only the attribute must go) and on elements it removes.
 */
import { attacks, base64, entities, percent } from './trap.js';

/** A 1×1 GIF that loads, for handlers that need a successful load rather than an error. */
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==';

export const EVENT_HANDLERS = attacks({
  script: (run) => `<script>${run}</script>`,
  'script-upper': (run) => `<SCRIPT>${run}</SCRIPT>`,
  'script-src-data': (run) => `<script src="data:text/javascript,${percent(run)}"></script>`,
  'script-module': (run) => `<script type="module">${run}</script>`,
  'img-onerror': (run) => `<img src=x onerror="${run}">`,
  'img-onerror-unquoted': (run) => `<img src=x onerror=${run}>`,
  'img-slashes': (run) => `<img/src=x/onerror=${run}>`,
  'img-mixed-case': (run) => `<IMG SRC=x OnErRoR="${run}">`,
  'img-entity-body': (run) => `<img src=x onerror="${entities(run)}">`,
  'img-base64-body': (run) => `<img src=x onerror="eval(atob('${base64(run)}'))">`,
  'img-onload': (run) => `<img src="${PIXEL}" onload="${run}">`,
  'img-null-in-name': (run) => `<img src=x on\u0000error="${run}">`,
  'svg-onload': (run) => `<svg onload="${run}">`,
  'body-onload': (run) => `<body onload="${run}">`,
  'body-onpageshow': (run) => `<body onpageshow="${run}">`,
  'details-ontoggle': (run) => `<details open ontoggle="${run}">details</details>`,
  'b-onmouseover': (run) => `<b onmouseover="${run}">bold</b>`,
  'a-onclick': (run) => `<a href="https://example.com/" onclick="${run}">ok link, bad handler</a>`,
  'a-onmouseover-title': (run) => `<a href="https://example.com/" title="fine" onmouseover="${run}">ok link, hover</a>`,
  'abbr-onclick': (run) => `<abbr title="ok" onclick="${run}">abbr</abbr>`,
  'q-onpointerenter': (run) => `<q onpointerenter="${run}">quoted</q>`,
  'strong-tabindex-onfocus': (run) => `<strong tabindex=0 autofocus onfocus="${run}">focus me</strong>`,
  'input-autofocus': (run) => `<input autofocus onfocus="${run}">`,
  'select-autofocus': (run) => `<select autofocus onfocus="${run}"><option>one</option></select>`,
  'textarea-onfocusin': (run) => `<textarea autofocus onfocusin="${run}">typed</textarea>`,
  'video-source-onerror': (run) => `<video><source onerror="${run}"></video>`,
  'audio-onerror': (run) => `<audio src=x onerror="${run}">`,
  'marquee-onstart': (run) => `<marquee onstart="${run}">marquee</marquee>`,
  'iframe-onload': (run) => `<iframe onload="${run}"></iframe>`,
  'object-onerror': (run) => `<object data="x" onerror="${run}"></object>`,
  'style-onload': (run) => `<style onload="${run}"></style>`,
  'link-onload': (run) => `<link rel="stylesheet" href="data:text/css," onload="${run}">`,
  'popover-onbeforetoggle': (run) => `<button popovertarget="lar-pop">open</button><div popover id="lar-pop" onbeforetoggle="${run}">pop</div>`,
  'form-onsubmit': (run) => `<form onsubmit="${run}"><button>send</button></form>`,
  'custom-tag-onfocus': (run) => `<lar-x tabindex=1 autofocus onfocus="${run}">custom</lar-x>`,
  'div-onscroll': (run) => `<div style="overflow:auto;height:1px" onscroll="${run}">a<br>b<br>c</div>`,
  'cite-oncopy': (run) => `<cite oncopy="${run}" onpaste="${run}" oncut="${run}">cite</cite>`,
});
