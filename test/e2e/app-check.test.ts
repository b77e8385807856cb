/**
 * App Check as a site owner turns it on (app-check-site-key), with no internet: Google's side is
 * played by web-test-runner.config.js's `app-check-network` command (a reCAPTCHA Enterprise stub, an
 * exchange that answers a fixed token), which also records every request the page makes. The
 * emulators do not enforce App Check, so what is checked is what a real project would be sent.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import { seedConversation } from '../support/conversation.js';
import { emulatorAttributes, firestoreEmulator, freshThread, testEnvironment } from '../support/environment.js';
import { closePages, openBlogPage, type BlogPage } from '../support/pages.js';
import { clearSavedDrafts } from '../support/storage.js';
import { click, type } from '../support/user.js';

const TOKEN = 'fake-app-check-token';
const APP_ID = '1:123456789012:web:0a1b2c3d4e5f6a7b';
const SITE_KEY = '6Lc-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const SLOW = { timeout: 15000 };

interface SeenRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

const network = <T>(action: string, options: Record<string, string> = {}) =>
  executeServerCommand<T, Record<string, string>>('app-check-network', { action, ...options });
const requests = () => network<SeenRequest[]>('requests');
const consoleLines = () => network<Array<{ type: string; text: string }>>('console');

const toEmulator = (request: SeenRequest) => request.url.includes(`${firestoreEmulator().host}:${firestoreEmulator().port}`);
const restReads = (seen: SeenRequest[]) => seen.filter((r) => toEmulator(r) && r.method === 'POST' && /:run(Aggregation)?Query\b/.test(r.url));
/** The SDK's own: WebChannel's Listen and Write streams. */
const sdkRequests = (seen: SeenRequest[]) => seen.filter((r) => toEmulator(r) && r.url.includes('/google.firestore.v1.Firestore/'));
/** What opens a stream (the requests after it belong to its session, `SID`): it carries the stream's headers. */
const streamOpenings = (seen: SeenRequest[]) => sdkRequests(seen).filter((r) => r.method === 'POST' && !new URL(r.url).searchParams.has('SID'));
const toGoogle = (seen: SeenRequest[]) =>
  seen.filter((r) => r.url.startsWith('https://www.google.com/recaptcha/') || r.url.includes('firebaseappcheck.googleapis.com'));
/** A stream's opening carries its headers in its body (sparing a preflight); other requests, as headers. */
const carriesToken = (request: SeenRequest) =>
  request.headers['x-firebase-appcheck'] === TOKEN || decodeURIComponent(request.body).toLowerCase().includes(`x-firebase-appcheck:${TOKEN}`);
const sentToken = (request: SeenRequest) =>
  'x-firebase-appcheck' in request.headers || decodeURIComponent(request.body).toLowerCase().includes('x-firebase-appcheck');

const field = (page: BlogPage, name: string) => page.queries.findByShadowRole(page.widget, 'textbox', { name }) as Promise<HTMLInputElement>;
const says = (page: BlogPage, text: string) => page.queries.findByShadowText(page.widget, text, { exact: true }, SLOW);

async function postAsGuest(page: BlogPage, text: string): Promise<void> {
  await type(await field(page, 'Comment'), text);
  await type(await field(page, 'Name'), 'Grace Hopper');
  await type(await field(page, 'Email'), 'grace@example.com');
  await click(await page.queries.findByShadowRole(page.widget, 'button', { name: 'Post Comment' }));
  expect(await says(page, 'Your comment was posted.')).to.exist;
}

describe('App Check (app-check-site-key), with reCAPTCHA and the token exchange played locally', () => {
  let thread: string;

  // The dev server bundles the page's testing library on its first request, which on a busy machine
  // outlasts pages.ts's wait for it: bundled here once, before any page asks.
  before(async () => {
    await fetch('/__prebundled__/shadow-dom-testing-library.js');
  });

  beforeEach(async () => {
    clearSavedDrafts();
    thread = freshThread();
    await seedConversation(thread, [{ id: 'first', name: 'Ada Lovelace', text: 'The first comment.', createdAt: new Date(Date.UTC(2026, 9, 1)) }]);
  });

  afterEach(async () => {
    await closePages();
    await network('stop');
  });

  it('with the attribute: the first read, the SDK and the guest who posts all carry the token', async () => {
    await network('start');
    const page = await openBlogPage({ ...emulatorAttributes(), thread, 'app-id': APP_ID, 'app-check-site-key': SITE_KEY });
    expect(await says(page, 'The first comment.')).to.exist;
    await postAsGuest(page, 'Posted with a token.');
    await waitUntil(async () => sdkRequests(await requests()).some((r) => r.url.includes('/Write/')), 'the SDK never wrote', SLOW);

    const seen = await requests();
    const exchanges = seen.filter((r) => r.method === 'POST' && r.url.includes(':exchangeRecaptchaEnterpriseToken'));
    expect(exchanges.map((r) => new URL(r.url).pathname)).to.deep.equal([
      `/v1/projects/${testEnvironment.projectId}/apps/${APP_ID}:exchangeRecaptchaEnterpriseToken`,
    ]);
    // The token came before the first read, which carries it.
    const reads = restReads(seen);
    expect(reads.length).to.be.greaterThan(0);
    expect(seen.indexOf(exchanges[0]!)).to.be.lessThan(seen.indexOf(reads[0]!));
    expect(reads.filter((r) => !carriesToken(r)).map((r) => r.url)).to.deep.equal([]);
    const streams = streamOpenings(seen);
    expect(streams.some((r) => r.url.includes('/Listen/'))).to.equal(true);
    expect(streams.some((r) => r.url.includes('/Write/'))).to.equal(true);
    expect(streams.filter((r) => !carriesToken(r)).map((r) => r.url)).to.deep.equal([]);
    expect((await consoleLines()).filter((line) => line.text.includes('App Check token'))).to.deep.equal([]);
  });

  it('<leave-a-reply-count> on an index page, as built (npm test builds dist/ first): its one request carries the token', async () => {
    await network('start');
    const count = {
      thread,
      'project-id': testEnvironment.projectId,
      'api-key': 'demo-api-key',
      'firestore-emulator': testEnvironment.firestoreEmulator ?? '',
      'app-id': APP_ID,
      'app-check-site-key': SITE_KEY,
    };
    const frame = document.createElement('iframe');
    frame.src = `/test/support/index-page.html?${new URLSearchParams({ posts: JSON.stringify([{ title: 'A post', count }]) })}`;
    document.body.append(frame);
    const shown = () => frame.contentDocument?.querySelector('leave-a-reply-count')?.textContent;
    await waitUntil(() => shown() === '1 Comment', `the count says "${shown()}"`, SLOW);

    const counts = restReads(await requests()).filter((r) => r.url.includes(':runAggregationQuery'));
    expect(counts).to.have.length(1);
    expect(carriesToken(counts[0]!)).to.equal(true);
  });

  it('without it: nothing goes to reCAPTCHA or App Check, and its code is never loaded', async () => {
    await network('start');
    const page = await openBlogPage({ ...emulatorAttributes(), thread });
    expect(await says(page, 'The first comment.')).to.exist;
    await postAsGuest(page, 'Posted without App Check.');
    await waitUntil(async () => sdkRequests(await requests()).some((r) => r.url.includes('/Write/')), 'the SDK never wrote', SLOW);

    const seen = await requests();
    expect(toGoogle(seen).map((r) => r.url)).to.deep.equal([]);
    // Firebase's part of App Check, and the SDK's module (the loader-safe src/data/app-check.ts always loads).
    expect(seen.filter((r) => /firestore\/app-check|firebase\/app-check/.test(new URL(r.url).pathname)).map((r) => r.url)).to.deep.equal([]);
    expect(streamOpenings(seen).length).to.be.greaterThan(0);
    expect(seen.filter(sentToken).map((r) => r.url)).to.deep.equal([]);
  });

  it('with reCAPTCHA blocked: the comments load all the same, without a token, and the console says why once', async () => {
    await network('start', { recaptcha: 'blocked' });
    const page = await openBlogPage({ ...emulatorAttributes(), thread, 'app-id': APP_ID, 'app-check-site-key': SITE_KEY });
    expect(await says(page, 'The first comment.')).to.exist;
    await postAsGuest(page, 'Posted without a token.');

    const seen = await requests();
    expect(seen.filter((r) => r.url.includes('firebaseappcheck.googleapis.com')).map((r) => r.url)).to.deep.equal([]);
    expect(restReads(seen).length).to.be.greaterThan(0);
    expect(seen.filter(sentToken).map((r) => r.url)).to.deep.equal([]);
    const warnings = (await consoleLines()).filter((line) => line.text.includes('App Check token'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.text).to.contain('reCAPTCHA Enterprise script could not be loaded').and.contain('enforces App Check');
  });

  it('with the attribute but no app-id: the console names the attribute and the fix, and nothing is requested', async () => {
    await network('start');
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    const widget = document.createElement('leave-a-reply');
    try {
      for (const [name, value] of Object.entries({ ...emulatorAttributes(), thread, 'app-check-site-key': SITE_KEY, loading: 'eager' })) {
        widget.setAttribute(name, value);
      }
      document.body.append(widget);
      await widget.updateComplete;
    } finally {
      console.error = original;
    }

    expect(widget.shadowRoot?.textContent?.trim()).to.equal('Comments are unavailable on this page.');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('app-check-site-key').and.contain('add app-id="…" to <leave-a-reply>').and.contain('Your apps');
    const seen = await requests();
    expect([...toGoogle(seen), ...restReads(seen)].map((r) => r.url)).to.deep.equal([]);
    widget.remove();
  });
});
