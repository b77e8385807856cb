import { expect } from '@open-wc/testing';
import { LIMITS } from '../../src/model/comment.js';
import { sanitizeCommentHtml, sanitizeHtml } from '../../src/security/sanitize.js';
import { safeWebsiteUrl } from '../../src/security/url.js';
import { CORPUS, NON_STRINGS, PAYLOADS, setTrap, TEXT_GADGETS } from '../support/xss-payloads.js';

const REL = 'nofollow ugc noopener noreferrer';

/** Parses sanitized HTML the way the page will, to look at what is really there. */
function parse(html: string): HTMLTemplateElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template;
}

describe('sanitizeCommentHtml', () => {
  it('makes paragraphs from blank lines and line breaks from newlines', () => {
    expect(sanitizeCommentHtml('Hello')).to.equal('<p>Hello</p>');
    expect(sanitizeCommentHtml('one\ntwo')).to.equal('<p>one<br>two</p>');
    expect(sanitizeCommentHtml('one\r\n\r\ntwo\n\n\n\nthree')).to.equal('<p>one</p><p>two</p><p>three</p>');
    expect(sanitizeCommentHtml('  \n\n  ')).to.equal('');
  });

  it('treats a blockquote as a block: paragraphs stop around it and start again inside it', () => {
    expect(sanitizeCommentHtml('As she says:\n<blockquote>Light.\nAnd sea.\n\nAnd rock.</blockquote>\nSo true.')).to.equal(
      '<p>As she says:</p><blockquote><p>Light.<br>And sea.</p><p>And rock.</p></blockquote><p>So true.</p>',
    );
  });

  it('keeps the tags WordPress allows in comments', () => {
    expect(sanitizeCommentHtml('<blockquote>x</blockquote>')).to.equal('<blockquote><p>x</p></blockquote>');
    for (const tag of ['b', 'cite', 'code', 'del', 'em', 'i', 'q', 's', 'strike', 'strong']) {
      expect(sanitizeCommentHtml(`<${tag}>x</${tag}>`), tag).to.contain(`<${tag}>x</${tag}>`);
    }
    expect(sanitizeCommentHtml('<abbr title="World Wide Web">WWW</abbr>')).to.equal('<p><abbr title="World Wide Web">WWW</abbr></p>');
    expect(sanitizeCommentHtml('<acronym title="Laser">laser</acronym>')).to.contain('<acronym title="Laser">');
  });

  it('keeps http, https and mailto links, and marks every one nofollow ugc noopener noreferrer', () => {
    expect(sanitizeCommentHtml('<a href="https://example.com/a" title="A">a</a>')).to.equal(
      `<p><a href="https://example.com/a" title="A" rel="${REL}">a</a></p>`,
    );
    expect(sanitizeCommentHtml('<a href="http://example.com/">b</a>')).to.contain(`href="http://example.com/"`);
    expect(sanitizeCommentHtml('<a href="mailto:ada@example.com">c</a>')).to.contain('href="mailto:ada@example.com"');
    expect(sanitizeCommentHtml('<a href="https://example.com/" rel="opener" target="_blank">d</a>')).to.equal(
      `<p><a href="https://example.com/" rel="${REL}">d</a></p>`,
    );
  });

  it('drops every other link: scripts, data, relative, protocol-relative', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,x', '/relative', '//evil.example/', 'ftp://x.example/', 'vbscript:x']) {
      const link = parse(sanitizeCommentHtml(`<a href="${href}">x</a>`)).content.querySelector('a');
      expect(link?.hasAttribute('href'), href).to.be.false;
    }
  });

  it('keeps attributes only where they belong', () => {
    expect(sanitizeCommentHtml('<b title="t" class="c" id="i" style="color:red">x</b>')).to.equal('<p><b>x</b></p>');
    expect(sanitizeCommentHtml('<q cite="https://example.com/">x</q>')).to.equal('<p><q>x</q></p>');
    expect(sanitizeCommentHtml('<blockquote href="https://example.com/" cite="https://example.com/">x</blockquote>')).to.equal(
      '<blockquote><p>x</p></blockquote>',
    );
  });

  it('keeps the text of removed elements, and shows markup it cannot keep as nothing worse than text', () => {
    const unwrapped = parse(sanitizeCommentHtml('<div>inside a <span>div</span></div>')).content;
    expect(unwrapped.textContent).to.equal('inside a div');
    expect(unwrapped.querySelector('div, span')).to.equal(null);
    expect(sanitizeCommentHtml('1 < 2 and 3 > 2')).to.equal('<p>1 &lt; 2 and 3 &gt; 2</p>');
  });
});

/** What the allow-list leaves, by tag (src/security/sanitize.ts): anything else is a payload that got through. */
const ALLOWED: Record<string, readonly string[]> = {
  P: [], BR: [], B: [], BLOCKQUOTE: [], CITE: [], CODE: [], DEL: [], EM: [], I: [], Q: [], S: [], STRIKE: [], STRONG: [],
  A: ['href', 'title', 'rel'],
  ABBR: ['title'],
  ACRONYM: ['title'],
};

/** Everything in `html`, once parsed, that the allow-list does not allow. */
function outsideAllowList(html: string): string[] {
  const found: string[] = [];
  const template = parse(html);
  // A comment or processing instruction would be nothing to a reader, but it is not on the list either.
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_PROCESSING_INSTRUCTION);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node instanceof Element)) {
      found.push(node.nodeName);
      continue;
    }
    const attributes = ALLOWED[node.tagName];
    if (!attributes || node.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`<${node.localName}>`);
    for (const { name, value } of node.attributes) {
      if (!attributes?.includes(name)) found.push(`<${node.localName} ${name}>`);
      if (name === 'href' && !/^(https?:|mailto:)/i.test(value)) found.push(`<${node.localName} href="${value}">`);
      if (name === 'rel' && value !== REL) found.push(`<${node.localName} rel="${value}">`);
    }
  }
  return found;
}

describe(`The XSS corpus through the sanitizer (${PAYLOADS.length} payloads)`, () => {
  it('has at least 150 distinct payloads with distinct names, in every attack class', () => {
    expect(new Set(PAYLOADS.map((payload) => payload.value)).size).to.equal(PAYLOADS.length);
    expect(new Set(PAYLOADS.map((payload) => payload.name)).size).to.equal(PAYLOADS.length);
    expect(PAYLOADS.length).to.be.at.least(150);
    for (const [attackClass, payloads] of Object.entries(CORPUS)) expect(payloads, attackClass).not.to.be.empty;
    // Cut ones are exactly as long as the rules allow; the others run past the limit.
    for (const { name, value } of CORPUS['very long comments cut into markup'] ?? []) {
      if (name.startsWith('cut-')) expect(value.length, name).to.equal(LIMITS.textMax);
      else expect(value.length, name).to.be.above(LIMITS.textMax);
    }
    // Text gadgets take the plain-text path; the e2e suite checks they show exactly as stored.
    for (const { name, value } of TEXT_GADGETS) expect(/[<&]/.test(value), name).to.be.false;
  });

  for (const [attackClass, payloads] of Object.entries(CORPUS)) {
    it(`${attackClass} (${payloads.length}): idempotent, nothing outside the allow-list, nothing runs`, async () => {
      const sprung = setTrap();
      const host = document.createElement('div');
      document.body.append(host);
      try {
        for (const { name, value } of payloads) {
          // The widget's path (paragraphs, then the allow-list), and the allow-list on the raw payload.
          for (const once of [String(sanitizeCommentHtml(value)), String(sanitizeHtml(value))]) {
            expect(String(sanitizeHtml(once)), `${name}: sanitize(sanitize(x)) !== sanitize(x)`).to.equal(once);
            expect(outsideAllowList(once), name).to.deep.equal([]);
          }
          // Put it in a live document, as the widget does, and give any handler the chance to fire.
          host.innerHTML = String(sanitizeCommentHtml(value));
          for (const element of host.querySelectorAll('*')) {
            for (const type of ['mouseover', 'focus', 'click', 'toggle', 'load', 'error', 'animationstart']) element.dispatchEvent(new Event(type));
          }
        }
        await new Promise((done) => setTimeout(done, 200));
      } finally {
        host.remove();
      }
      expect(sprung).to.deep.equal([]);
    });
  }
});

describe('safeWebsiteUrl', () => {
  it('keeps http(s) URLs and refuses everything else', () => {
    expect(safeWebsiteUrl('https://ada.example/blog')).to.equal('https://ada.example/blog');
    expect(safeWebsiteUrl('http://ada.example')).to.equal('http://ada.example/');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'mailto:a@b.c', 'ada.example', '', 42, null]) {
      expect(safeWebsiteUrl(bad), String(bad)).to.equal(null);
    }
  });

  it(`never makes a link of anything but http(s), whatever of the corpus (${PAYLOADS.length + NON_STRINGS.length} values) is stored`, () => {
    for (const { name, value } of [...PAYLOADS, ...NON_STRINGS]) {
      const url = safeWebsiteUrl(value);
      if (url !== null) expect(new URL(url).protocol, name).to.be.oneOf(['http:', 'https:']);
    }
    // The corpus's websites that are http(s) URLs, and only they, become links.
    const linked = PAYLOADS.filter(({ value }) => safeWebsiteUrl(value) !== null).map((payload) => payload.name);
    expect(linked).to.include.members(['website-breakout', 'website-userinfo', 'website-very-long']);
    expect(linked.filter((name) => /^website-js|^website-data|^js-link/.test(name))).to.deep.equal([]);
  });
});
