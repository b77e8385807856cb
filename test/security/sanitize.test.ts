import { expect } from '@open-wc/testing';
import { sanitizeCommentHtml } from '../../src/security/sanitize.js';
import { safeWebsiteUrl } from '../../src/security/url.js';
import { setTrap, TEXT_PAYLOADS } from '../support/xss-payloads.js';

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

  it(`defuses ${TEXT_PAYLOADS.length} attack payloads: only allowed tags and attributes remain, and none runs`, async () => {
    const sprung = setTrap();
    const allowedTags = new Set(['P', 'BR', 'A', 'ABBR', 'ACRONYM', 'B', 'BLOCKQUOTE', 'CITE', 'CODE', 'DEL', 'EM', 'I', 'Q', 'S', 'STRIKE', 'STRONG']);
    const host = document.createElement('div');
    document.body.append(host);
    for (const payload of TEXT_PAYLOADS) {
      const html = sanitizeCommentHtml(payload);
      for (const element of parse(html).content.querySelectorAll('*')) {
        expect(allowedTags.has(element.tagName), `${payload} left <${element.localName}>`).to.be.true;
        for (const { name, value } of element.attributes) {
          expect(['href', 'title', 'rel'], `${payload} left ${name}`).to.include(name);
          if (name === 'href') expect(value, payload).to.match(/^(https?:|mailto:)/);
        }
      }
      // Put it in a live document, as the widget does, and give any handler the chance to fire.
      host.innerHTML = html;
      for (const element of host.querySelectorAll('*')) {
        for (const type of ['mouseover', 'focus', 'toggle', 'load', 'error']) element.dispatchEvent(new Event(type));
      }
    }
    await new Promise((done) => setTimeout(done, 200));
    host.remove();
    expect(sprung).to.deep.equal([]);
  });
});

describe('safeWebsiteUrl', () => {
  it('keeps http(s) URLs and refuses everything else', () => {
    expect(safeWebsiteUrl('https://ada.example/blog')).to.equal('https://ada.example/blog');
    expect(safeWebsiteUrl('http://ada.example')).to.equal('http://ada.example/');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'mailto:a@b.c', 'ada.example', '', 42, null]) {
      expect(safeWebsiteUrl(bad), String(bad)).to.equal(null);
    }
  });
});
