import { expect } from '@open-wc/testing';
import { checkDraft, normalizeWebsite } from '../../src/model/comment.js';

const valid = { text: 'Nice.', name: 'Ada', email: 'ada@example.com', website: '' };

describe('checkDraft', () => {
  it('accepts a complete draft', () => {
    expect(checkDraft(valid)).to.deep.equal({});
    expect(checkDraft({ ...valid, website: 'ada.example' })).to.deep.equal({});
  });

  it('requires text, name and email, ignoring surrounding spaces', () => {
    expect(checkDraft({ text: ' \n\u00a0\u0001', name: '\u3000\ufeff', email: '', website: '' })).to.deep.equal({
      text: 'required',
      name: 'required',
      email: 'required',
    });
  });

  it('applies the limits, counting UTF-16 code units as the rules do', () => {
    expect(checkDraft({ ...valid, text: 'x'.repeat(5000) })).to.deep.equal({});
    expect(checkDraft({ ...valid, text: 'x'.repeat(5001) })).to.deep.equal({ text: 'too-long' });
    expect(checkDraft({ ...valid, text: '😀'.repeat(2500) })).to.deep.equal({});
    expect(checkDraft({ ...valid, text: '😀'.repeat(2501) })).to.deep.equal({ text: 'too-long' });
    expect(checkDraft({ ...valid, name: 'n'.repeat(81) })).to.deep.equal({ name: 'too-long' });
    expect(checkDraft({ ...valid, email: `${'e'.repeat(250)}@x.io` })).to.deep.equal({ email: 'too-long' });
    expect(checkDraft({ ...valid, website: `https://example.com/${'p'.repeat(200)}` })).to.deep.equal({ website: 'too-long' });
  });

  it('refuses malformed emails and websites', () => {
    for (const email of ['ada', 'ada@', '@example.com', 'ada@example', 'a da@example.com']) {
      expect(checkDraft({ ...valid, email }), email).to.deep.equal({ email: 'invalid-email' });
    }
    for (const website of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.com', 'mailto:a@b.c', 'not a url']) {
      expect(checkDraft({ ...valid, website }), website).to.deep.equal({ website: 'invalid-website' });
    }
  });
});

describe('normalizeWebsite', () => {
  it('adds https:// to a bare domain and keeps http(s) URLs', () => {
    expect(normalizeWebsite('ada.example')).to.equal('https://ada.example/');
    expect(normalizeWebsite(' http://ada.example/blog ')).to.equal('http://ada.example/blog');
    expect(normalizeWebsite('HTTPS://Ada.Example')).to.equal('https://ada.example/');
    expect(normalizeWebsite('')).to.equal(null);
  });
});
