/**
 * The widget on a page under the strict Content-Security-Policy of the demo's strict page
 * (demo/strict-csp/index.html, docs/content-security-policy.md): no inline script or style, no eval,
 * Trusted Types enforced. A reader reads, posts, replies, signs in and sees another reader's comment
 * arrive, and the page reports not one violation. Chromium, the real emulators; only the provider's
 * window is the seam, as in identity.test.ts.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { SignInSeam } from '../../src/data/accounts.js';
import { FirestoreStore } from '../../src/data/firestore-store.js';
import type { LeaveAReply } from '../../src/components/leave-a-reply/leave-a-reply.js';
import { seedConversation } from '../support/conversation.js';
import { authEmulator, closeFirebaseApps, emulatorAttributes, firestoreEmulator, freshThread, testEnvironment } from '../support/environment.js';
import { closePages } from '../support/pages.js';
import { renderedComments } from '../support/queries.js';
import { clearSavedDrafts } from '../support/storage.js';
import { click, type } from '../support/user.js';

const SLOW = { timeout: 15000 };

type Queries = typeof import('shadow-dom-testing-library');

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

interface StrictPage {
  window: Window & { larViolations: Violation[]; larQueries?: Queries; inlineScriptRan?: boolean };
  widget: LeaveAReply;
  queries: Queries;
}

/** The demo's policy, as Vite serves it: its emulator placeholders filled in with the test's emulators. */
async function demoPolicy(): Promise<string> {
  const page = new DOMParser().parseFromString(await (await fetch('/demo/strict-csp/index.html')).text(), 'text/html');
  const policy = page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
  if (!policy) throw new Error('demo/strict-csp/index.html has no Content-Security-Policy.');
  return policy
    .replaceAll('%VITE_LAR_FIRESTORE_EMULATOR%', testEnvironment.firestoreEmulator ?? '')
    .replaceAll('%VITE_LAR_AUTH_EMULATOR%', testEnvironment.authEmulator ?? '');
}

/**
 * A reader of its own (the app ID names the Firebase app, under which Auth remembers who signed in):
 * the Google account this file signs in must not stay signed in for the files that run after it.
 */
const reader = () => `1:000000000000:web:${crypto.randomUUID()}`;

async function openStrictPage(widget: Record<string, string>, loader = '/src/loader.ts'): Promise<StrictPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px; border: 0';
  frame.src = `/test/support/strict-csp-page.html?${new URLSearchParams({ policy: await demoPolicy(), widget: JSON.stringify(widget), loader })}`;
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow as StrictPage['window'];
  await waitUntil(() => view.larQueries, 'the page script never ran');
  await view.customElements.whenDefined('leave-a-reply');
  const element = frame.contentDocument!.querySelector('leave-a-reply') as LeaveAReply;
  await element.updateComplete;
  await waitUntil(() => element.shadowRoot?.querySelector('lar-comment-form')?.assignedSlot, 'the thread never answered', SLOW);
  // The form's own chunk loads beside the first read: typing before it is defined would type into
  // nothing a reader could see.
  await Promise.all(['lar-comment-form', 'lar-identity-picker'].map((tag) => view.customElements.whenDefined(tag)));
  return { window: view, widget: element, queries: view.larQueries! };
}

const textbox = (page: StrictPage, name: string) =>
  page.queries.findByShadowRole(page.widget, 'textbox', { name }, SLOW) as Promise<HTMLTextAreaElement>;
const button = (page: StrictPage, name: string) => page.queries.findByShadowRole(page.widget, 'button', { name }, SLOW);
const says = (page: StrictPage, text: string) => page.queries.findByShadowText(page.widget, text, { exact: false }, SLOW);
/** A comment as shown, found by the start of what a reader reads in it. */
const shown = (page: StrictPage, start: string) =>
  waitUntil(() => commentStarting(page, start), `no comment starts "${start}"`, SLOW).then(
    () => commentStarting(page, start)!,
    (error: Error) => {
      const texts = renderedComments(page.widget).map((comment) => comment.querySelector('.content')?.textContent?.trim());
      throw new Error(`${error.message}; the thread shows ${JSON.stringify(texts)}`);
    },
  );
const commentStarting = (page: StrictPage, start: string) =>
  renderedComments(page.widget).find((comment) => comment.querySelector('.content')?.textContent?.trim().startsWith(start));

/** What the page reported, for an assertion's message. */
const reported = (page: StrictPage) => JSON.stringify(page.window.larViolations, null, 2);

async function post(page: StrictPage, text: string) {
  await type(await textbox(page, 'Comment'), text);
  await click(await button(page, 'Post Comment'));
  // What the policy refused explains a post that never goes: say it rather than the page's whole DOM.
  await says(page, 'Your comment was posted.').catch(() => {
    const notices = ['alert', 'status'].flatMap((role) => page.queries.queryAllByShadowRole(page.widget, role));
    const form = page.widget.shadowRoot?.querySelector('lar-comment-form')?.shadowRoot;
    const said = [...notices, ...(form?.querySelectorAll('[id$="-problem"], .problem') ?? [])]
      .map((notice) => notice.textContent?.trim())
      .filter(Boolean);
    throw new Error(`"${text}" was not posted (the form says ${JSON.stringify(said)}); the page reported ${reported(page)}`);
  });
}

/** A Google account nobody has used yet, chosen in the provider's window. */
function googleSeam(name: string): SignInSeam {
  const sub = crypto.randomUUID();
  return async () => JSON.stringify({ sub, email: `${sub}@example.com`, email_verified: true, name });
}

describe('Under a strict Content-Security-Policy with Trusted Types (Firestore and Auth emulators)', function () {
  // A whole visit, typed key by key: longer than a single post.
  this.timeout(90_000);
  let thread: string;

  beforeEach(async () => {
    clearSavedDrafts();
    thread = freshThread();
    const at = (day: number) => new Date(Date.UTC(2026, 10, day, 10));
    const ada = { id: 'ada', name: 'Ada', text: 'See <a href="https://example.com/review">the review</a>: <b>bold</b> and <code>lamp.on()</code>.', createdAt: at(20) };
    await seedConversation(thread, [
      ada,
      { id: 'grace', name: 'Grace', text: '<blockquote>Keep the lamp lit.</blockquote>\nThe line of the year.', createdAt: at(21) },
      { id: 'alan', name: 'Alan', text: 'Agreed, & more.', createdAt: at(22), parent: ada },
    ]);
  });

  afterEach(closePages);

  it('the policy is strict, and the page reports what it refuses', async () => {
    const policy = await demoPolicy();
    for (const directive of [
      "default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'",
      "require-trusted-types-for 'script'", 'trusted-types lit-html leave-a-reply',
    ]) {
      expect(policy.split(/\s*;\s*/), directive).to.include(directive);
    }
    expect(policy).not.to.match(/unsafe-|\*|data:/);

    const page = await openStrictPage({ ...emulatorAttributes(), 'app-id': reader(), thread, loading: 'eager' });
    // The page's own inline script never ran, and the browser said so.
    expect(page.window.inlineScriptRan).to.equal(undefined);
    expect(page.window.larViolations.map(({ directive }) => directive), reported(page)).to.deep.equal(['script-src-elem']);
    // An HTML string straight into the page, as an injection would try: refused, and reported.
    const main = page.window.document.querySelector('main')!;
    expect(() => (main.innerHTML = '<img src="/nowhere.png" onerror="window.inlineScriptRan = true">')).to.throw(/TrustedHTML/);
    await waitUntil(() => page.window.larViolations.length > 1, 'the refused HTML was never reported');
    expect(page.window.larViolations.map(({ directive }) => directive), reported(page)).to.deep.equal(['script-src-elem', 'require-trusted-types-for']);
  });

  it('reads, posts, replies, signs in with Google and shows a live comment with no violation at all', async () => {
    const page = await openStrictPage({ ...emulatorAttributes(), 'app-id': reader(), thread, loading: 'eager', providers: 'guest google', 'post-title': 'Strict' });
    page.window.larViolations.length = 0; // the page's own inline script, refused on purpose (above)

    // The seeded comments, their markup rendered through DOMPurify's TrustedHTML.
    const first = await shown(page, 'See the review');
    expect(first.querySelector('.content a')?.getAttribute('href')).to.equal('https://example.com/review');
    expect(first.querySelector('.content b')?.textContent).to.equal('bold');
    expect(first.querySelector('.content code')?.textContent).to.equal('lamp.on()');
    expect((await shown(page, 'Keep the lamp lit.')).querySelector('.content blockquote')?.textContent).to.equal('Keep the lamp lit.');
    expect(await shown(page, 'Agreed, & more.')).to.exist;
    expect(await page.queries.findByShadowRole(page.widget, 'link', { name: 'the review' }, SLOW)).to.exist;

    // A guest's comment, with markup of their own.
    await type(await textbox(page, 'Email'), 'nell@example.com');
    await type(await textbox(page, 'Name'), 'Nell');
    await post(page, 'A guest, <em>strictly</em>.');
    expect((await shown(page, 'A guest, strictly.')).querySelector('.content em')?.textContent).to.equal('strictly');

    // Signed in with Google (through the seam), then a comment as that account.
    page.widget.signInSeam = googleSeam('Mary Somerville');
    await click(await button(page, 'Change'));
    await click(await button(page, 'Log in with Google'));
    await says(page, 'You are commenting using your Google account.');
    await post(page, 'Signed in, <strong>and strict</strong>.');
    const signedIn = await shown(page, 'Signed in, and strict.');
    expect(signedIn.querySelector('.author')?.textContent).to.equal('Mary Somerville');
    expect(signedIn.querySelector('.content strong')?.textContent).to.equal('and strict');

    // A reply to Grace, as that account.
    await click(await button(page, 'Reply to Grace'));
    await post(page, 'Replying to Grace.');
    expect(await shown(page, 'Replying to Grace.')).to.exist;

    // Another reader, elsewhere: their comment arrives live.
    const other = FirestoreStore.for({
      projectId: testEnvironment.projectId,
      apiKey: 'demo-api-key',
      authDomain: 'localhost',
      appId: '1:000000000000:web:strict-csp-test',
      firestoreEmulator: firestoreEmulator(),
      authEmulator: authEmulator(),
    });
    await other.postComment(thread, { text: 'Live, with <i>markup</i>.', name: 'Caroline', email: 'caroline@example.com', website: '' });
    // It waits behind a notice while the reader is busy in the thread, as any arrival does.
    await click(await button(page, '1 new comment'));
    expect((await shown(page, 'Live, with markup.')).querySelector('.content i')?.textContent).to.equal('markup');

    expect(page.window.larViolations).to.deep.equal([]);
  });

  it('the built script tag (dist/cdn/) reads and shows a live comment with no violation', async () => {
    const built = await fetch('/dist/cdn/leave-a-reply.js', { method: 'HEAD' });
    expect(built.ok, 'dist/cdn/ is missing: npm test builds it (or npx vite build)').to.equal(true);
    const page = await openStrictPage({ ...emulatorAttributes(), 'app-id': reader(), thread, loading: 'eager' }, '/dist/cdn/leave-a-reply.js');
    page.window.larViolations.length = 0; // the page's own inline script, refused on purpose
    expect((await shown(page, 'See the review')).querySelector('.content code')?.textContent).to.equal('lamp.on()');
    expect((await shown(page, 'Keep the lamp lit.')).querySelector('.content blockquote')).to.exist;

    await type(await textbox(page, 'Email'), 'nell@example.com');
    await type(await textbox(page, 'Name'), 'Nell');
    await post(page, 'Built, <em>and strict</em>.');
    expect((await shown(page, 'Built, and strict.')).querySelector('.content em')).to.exist;

    expect(page.window.larViolations).to.deep.equal([]);
  });
});

// The SDK instances this page opened end their streams cleanly (closeFirebaseApps says why).
after(closeFirebaseApps);
