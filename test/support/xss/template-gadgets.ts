/**
 * Template gadgets: markup that is harmless HTML but becomes script when a framework's templates
 * read it (AngularJS, Vue, Alpine, htmx, Knockout, Handlebars, JavaScript template literals, Lit's
 * own markers and binding syntax), declarative shadow roots, custom elements (the widget's own tags),
 * and the attributes the widget itself acts on (`data-action`, `slot`, the permalink ids). None may
 * gain meaning in the widget: the text ones show as typed, the rest lose their elements and attributes.
 */
import { attacks, percent } from './trap.js';

/** Gadgets that are plain text (no `<`, no `&`): the widget must show them exactly as stored. */
export const TEXT_GADGETS = attacks({
  'angular-constructor': (run) => `{{constructor.constructor("${run}")()}}`,
  'angular-sandbox-escape': (run) => `{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };${run}//');}}`,
  'vue-mustache': (run) => `{{_c.constructor("${run}")()}}`,
  'handlebars-triple': (run) => `{{{constructor.constructor("${run}")()}}}`,
  'js-template-literal': (run) => `\${${run}}`,
  'js-template-break': (run) => `\`+${run}+\` \${\`\${${run}}\`}`,
  'lit-marker-text': (run) => `lit$123456789$ ?lit$123456789$ ${run}`,
});

export const MARKUP_GADGETS = attacks({
  'angular-ng-focus': (run) => `<div ng-app ng-csp><input autofocus ng-focus="$event.view.${run}"></div>`,
  'vue-v-html': (run) => `<div v-html="'<img src=x onerror=${run}>'"></div>`,
  'vue-v-on': (run) => `<b v-on:mouseover="${run}" @mouseover="${run}">vue</b>`,
  'alpine-x-init': (run) => `<div x-data x-init="${run}">alpine</div>`,
  'htmx-hx-on': (run) => `<b hx-on:mouseover="${run}" hx-on::load="${run}">htmx</b>`,
  'htmx-hx-get': (run) => `<div hx-get="javascript:${run}" hx-trigger="load">htmx</div>`,
  'knockout-data-bind': (run) => `<div data-bind="html: '<img src=x onerror=${run}>'">knockout</div>`,
  'lit-marker-comment': (run) => `<!--?lit$123456789$--><img src=x onerror="${run}">`,
  'lit-bindings': (run) => `<b lit$123456789$="${run}" @click="${run}" .innerHTML="&lt;img src=x onerror=${run}&gt;" ?hidden="true">bound</b>`,
  template: (run) => `<template><img src=x onerror="${run}"></template>`,
  'template-shadowrootmode': (run) => `<div><template shadowrootmode="open"><img src=x onerror="${run}"></template></div>`,
  'template-shadowroot-old': (run) => `<div><template shadowroot="open"><script>${run}</script></template></div>`,
  'is-customized': (run) => `<button is="lar-comment-thread" onclick="${run}">is</button>`,
  'own-widget': () => `<leave-a-reply project-id="evil" thread="/elsewhere" firestore-emulator="127.0.0.1:1"></leave-a-reply>`,
  'own-thread-element': () => `<lar-comment-thread></lar-comment-thread><leave-a-reply-count thread="/x"></leave-a-reply-count>`,
  'own-action-buttons': () => `<button type="button" class="link" data-action="delete" data-id="doc-0">Delete</button>`,
  'own-action-on-allowed': () => `<b data-action="reply" data-id="doc-1">Reply</b>`,
  'own-slot': () => `<slot name="reply"></slot><b slot="reply">the form goes here</b>`,
  'permalink-anchor': () => `<a id="comment-doc-1" name="comment-doc-1">jump here instead</a>`,
  'dom-clobbering': () => `<a id="larTestClobber" name="larTestClobber">clobbering</a>`,
  'clobber-document': () => `<form name="getElementById"><img name="currentScript" id="defaultView"></form>`,
  'data-aria-attributes': () => `<div class="x" data-x="1" aria-label="y">attributes</div>`,
  'aria-spoof': () => `<b role="button" aria-label="Post Comment" tabindex="0">Post Comment</b>`,
  importmap: (run) => `<script type="importmap">{"imports":{"lit":"data:text/javascript,${percent(run)}"}}</script>`,
  'speculation-rules': () => `<script type="speculationrules">{"prerender":[{"urls":["https://evil.example/"]}]}</script>`,
});

export const TEMPLATE_GADGETS = [...TEXT_GADGETS, ...MARKUP_GADGETS];
