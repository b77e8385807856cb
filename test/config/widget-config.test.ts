import { expect } from '@open-wc/testing';
import { readFirebaseSettings, readIdentitySettings, readThreadSettings, threadKeyFromUrl, type FirebaseAttributes } from '../../src/config/widget-config.js';

const none: FirebaseAttributes = {
  projectId: null,
  apiKey: null,
  authDomain: null,
  appId: null,
  appCheckSiteKey: null,
  firestoreEmulator: null,
  authEmulator: null,
};
const page = { url: 'https://blog.example/2026/11/post/?utm_source=x#comments', canonicalUrl: null, title: 'Post — My Blog' };

describe('threadKeyFromUrl', () => {
  it('gives every spelling of a post the same key', () => {
    for (const url of [
      'https://blog.example/post',
      'https://blog.example/post/',
      'https://blog.example/post/?utm=x',
      'https://blog.example/post/#comment-3',
      'https://blog.example/post/index.html',
      'https://blog.example//post//',
    ]) {
      expect(threadKeyFromUrl(url), url).to.equal('/post');
    }
    expect(threadKeyFromUrl('https://blog.example/')).to.equal('/');
    expect(threadKeyFromUrl('https://blog.example/caf%C3%A9/')).to.equal('/café');
    expect(threadKeyFromUrl('https://blog.example/a%2Fb')).to.equal('/a%2Fb');
    expect(threadKeyFromUrl('https://blog.example/?p=42#c', { keepQuery: true })).to.equal('/?p=42');
  });
});

describe('readThreadSettings', () => {
  it('defaults to the canonical path, else the page path, and to the page title', () => {
    expect(readThreadSettings({ thread: null, postTitle: null }, page)).to.deep.equal({
      ok: true,
      value: { threadKey: '/2026/11/post', postTitle: 'Post — My Blog' },
    });
    const canonical = { ...page, canonicalUrl: 'https://blog.example/the-real-post/' };
    expect(readThreadSettings({ thread: null, postTitle: 'Post' }, canonical)).to.deep.equal({
      ok: true,
      value: { threadKey: '/the-real-post', postTitle: 'Post' },
    });
    // A canonical URL's query names the post (WordPress's plain permalinks); the page's own query does not.
    const plain = { ...page, url: 'https://blog.example/?p=42&utm_source=x', canonicalUrl: 'https://blog.example/?p=42' };
    expect(readThreadSettings({ thread: null, postTitle: null }, plain)).to.deep.include({
      value: { threadKey: '/?p=42', postTitle: 'Post — My Blog' },
    });
    expect(readThreadSettings({ thread: '  my-post ', postTitle: '  ' }, page)).to.deep.equal({
      ok: true,
      value: { threadKey: 'my-post', postTitle: 'Post — My Blog' },
    });
  });

  it('refuses a thread key too long to be a document ID', () => {
    const result = readThreadSettings({ thread: 'é'.repeat(300), postTitle: null }, page);
    expect(result.ok).to.be.false;
    if (!result.ok) expect(result.problems[0]?.message).to.contain('"thread" attribute is too long');
    const fromPath = readThreadSettings({ thread: null, postTitle: null }, { ...page, url: `https://blog.example/${'é'.repeat(300)}` });
    if (fromPath.ok) expect.fail('a 300-character path was accepted');
    else expect(fromPath.problems[0]?.message).to.contain('Add a shorter thread="…" attribute');
  });
});

describe('readFirebaseSettings', () => {
  const problems = (attributes: Partial<FirebaseAttributes>) => {
    const result = readFirebaseSettings({ ...none, ...attributes });
    return result.ok ? [] : result.problems.map((p) => p.attribute);
  };

  it('accepts a complete configuration and fills in the auth domain', () => {
    expect(readFirebaseSettings({ ...none, projectId: 'my-blog-1a2b3', apiKey: 'AIzaSyA-1234567890abcdefghijklmnopqrstu' })).to.deep.equal({
      ok: true,
      value: { projectId: 'my-blog-1a2b3', apiKey: 'AIzaSyA-1234567890abcdefghijklmnopqrstu', authDomain: 'my-blog-1a2b3.firebaseapp.com' },
    });
    const withEmulators = readFirebaseSettings({
      ...none,
      projectId: 'demo-blog',
      apiKey: 'k',
      firestoreEmulator: '127.0.0.1:8080',
      authEmulator: 'localhost:9099',
    });
    expect(withEmulators.ok && withEmulators.value.firestoreEmulator).to.deep.equal({ host: '127.0.0.1', port: 8080 });
    expect(withEmulators.ok && withEmulators.value.authEmulator).to.deep.equal({ host: 'localhost', port: 9099 });
  });

  it('names each attribute that is missing or malformed', () => {
    expect(problems({})).to.deep.equal(['project-id', 'api-key']);
    expect(problems({ projectId: 'My Blog', apiKey: 'k' })).to.deep.equal(['project-id']);
    expect(problems({ projectId: 'my-blog-1a2b3', apiKey: 'has spaces' })).to.deep.equal(['api-key']);
    expect(problems({ projectId: 'my-blog-1a2b3', apiKey: 'k', authDomain: 'not a host' })).to.deep.equal(['auth-domain']);
    expect(problems({ projectId: 'my-blog-1a2b3', apiKey: 'k', appId: '<x>' })).to.deep.equal(['app-id']);
    for (const bad of ['localhost', '127.0.0.1:', ':8080', '127.0.0.1:99999', 'http://127.0.0.1:8080']) {
      expect(problems({ projectId: 'my-blog-1a2b3', apiKey: 'k', firestoreEmulator: bad }), bad).to.deep.equal(['firestore-emulator']);
    }
    expect(problems({ projectId: 'my-blog-1a2b3', apiKey: 'k', authEmulator: 'nope' })).to.deep.equal(['auth-emulator']);
  });

  describe('app-check-site-key', () => {
    const project = { projectId: 'my-blog-1a2b3', apiKey: 'k' };
    const appId = '1:123456789012:web:0a1b2c3d4e5f';
    const siteKey = '6Lc-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

    it('turns App Check on with the app ID, and is left out when empty', () => {
      const on = readFirebaseSettings({ ...none, ...project, appId, appCheckSiteKey: ` ${siteKey} ` });
      expect(on.ok && on.value.appCheckSiteKey).to.equal(siteKey);
      expect(on.ok && on.value.appId).to.equal(appId);
      const off = readFirebaseSettings({ ...none, ...project, appCheckSiteKey: '  ' });
      expect(off.ok && 'appCheckSiteKey' in off.value).to.equal(false);
    });

    it('without app-id: names both attributes and where the app ID is, on the element it is on', () => {
      const result = readFirebaseSettings({ ...none, ...project, appCheckSiteKey: siteKey }, 'leave-a-reply-count');
      if (result.ok) return expect.fail('a site key without an app ID was accepted');
      expect(result.problems.map((p) => p.attribute)).to.deep.equal(['app-check-site-key']);
      expect(result.problems[0]?.message)
        .to.contain('app-check-site-key')
        .and.contain('add app-id="…" to <leave-a-reply-count>')
        .and.contain('Project settings → General → Your apps');
    });

    it('a key that is not one: names it and where the right one is', () => {
      const result = readFirebaseSettings({ ...none, ...project, appId, appCheckSiteKey: '<script>' });
      if (result.ok) return expect.fail('a malformed site key was accepted');
      expect(result.problems.map((p) => p.attribute)).to.deep.equal(['app-check-site-key']);
      expect(result.problems[0]?.message).to.contain('app-check-site-key="<script>" is not a reCAPTCHA Enterprise site key').and.contain('App Check → Apps');
    });
  });
});

describe('readIdentitySettings', () => {
  const read = (providers: string | null, requireEmail: string | null = null, avatars: string | null = null) =>
    readIdentitySettings({ providers, requireEmail, avatars });

  it('offers guests, requires emails and shows avatars by default', () => {
    expect(read(null)).to.deep.equal({ value: { providers: ['guest'], requireEmail: true, avatars: true }, problems: [] });
  });

  it('keeps the order given, without repeats, whatever the case and spacing', () => {
    expect(read('  GitHub guest\tgoogle github ').value.providers).to.deep.equal(['github', 'guest', 'google']);
  });

  it('names an unknown provider and the valid ones, and goes on with the rest', () => {
    const { value, problems } = read('guest gogle github');
    expect(value.providers).to.deep.equal(['guest', 'github']);
    expect(problems).to.have.length(1);
    expect(problems[0]?.attribute).to.equal('providers');
    expect(problems[0]?.message).to.contain('"gogle"').and.contain('guest google github microsoft apple facebook twitter email-link');
  });

  it('falls back to guests when nothing valid is left, and says so', () => {
    const { value, problems } = read('myspace');
    expect(value.providers).to.deep.equal(['guest']);
    expect(problems.map((problem) => problem.message).join(' ')).to.contain('leaves no way to comment');
  });

  it('reads require-email and avatars, and names a wrong value with the fix', () => {
    expect(read(null, 'false', 'off').value).to.include({ requireEmail: false, avatars: false });
    const { value, problems } = read(null, 'no', 'none');
    expect(value).to.include({ requireEmail: true, avatars: true });
    expect(problems.map((problem) => problem.message)).to.deep.equal([
      'require-email="no" is not valid: write require-email="true" (the default) or require-email="false".',
      'avatars="none" is not valid: write avatars="on" (the default) or avatars="off".',
    ]);
  });
});
