/**
 * Nothing lost: a first read that never answers, and a Firestore backend that goes away mid-session
 * and comes back. Each widget here talks to a server of its own (web-test-runner.config.js: the
 * `stalled-server` and `spare-firestore` commands), so stopping it disturbs no other test.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import { writeAsOwner } from '../../scripts/firestore-rest.js';
import type { LeaveAReply } from '../../src/components/leave-a-reply/leave-a-reply.js';
import { commentDocument } from '../../src/data/documents.js';
import { parseHostAndPort, type HostAndPort } from '../../src/data/host-and-port.js';
import { FIRST_READ_TIMEOUT_MS } from '../../src/data/rest/request.js';
import { threadDocumentId } from '../../src/data/thread-id.js';
import { TOP_LEVEL } from '../../src/model/comment.js';
import { emulatorAttributes, firestoreEmulator, freshThread, testEnvironment } from '../support/environment.js';
import { closePages, openBlogPage } from '../support/pages.js';
import { queryByShadowText } from 'shadow-dom-testing-library';
import { findByShadowRole, findByShadowText, renderedComments } from '../support/queries.js';
import { clearSavedDrafts } from '../support/storage.js';
import { click, focused, press, type } from '../support/user.js';

const TITLE = 'The Night Ferry';
const SLOW = { timeout: 15000 };

/** Writes a published comment straight to `emulator`, as another reader's would be. */
function seed(emulator: HostAndPort, thread: string, id: string, name: string, text: string, createdAt = new Date()) {
  const document = commentDocument('someone-else', { name, text, email: '', website: '' }, createdAt, null, TOP_LEVEL);
  return writeAsOwner(emulator, testEnvironment.projectId, ['threads', threadDocumentId(thread), 'comments', id], document);
}

const address = (answer: string | null | boolean) => {
  const parsed = parseHostAndPort(String(answer));
  if (!parsed) throw new Error(`Not an address: ${String(answer)}`);
  return parsed;
};

describe('A first read that never answers (a stalled server)', () => {
  let server: string;

  beforeEach(async () => {
    server = await executeServerCommand<string, { action: string }>('stalled-server', { action: 'open' });
  });

  afterEach(() => executeServerCommand('stalled-server', { action: 'close', server }));

  it('says the comments could not be loaded after the bound, and Try again loads them once the server answers', async function () {
    this.timeout(FIRST_READ_TIMEOUT_MS + 40_000);
    const thread = freshThread();
    await seed(firestoreEmulator(), thread, 'first', 'Ada', 'Worth the wait.', new Date('2026-11-01T10:00:00Z'));
    const opened = Date.now();
    const el = await fixture<LeaveAReply>(html`<leave-a-reply
      thread=${thread}
      post-title=${TITLE}
      project-id=${testEnvironment.projectId}
      api-key="demo-api-key"
      firestore-emulator=${server}
      auth-emulator=${emulatorAttributes()['auth-emulator']}
    ></leave-a-reply>`);

    expect((await findByShadowText(el, 'Loading comments…')).getAttribute('role')).to.equal('status');
    const failed = await findByShadowText(el, 'Comments could not be loaded.', {}, { timeout: FIRST_READ_TIMEOUT_MS + 10_000 });
    const waited = Date.now() - opened;
    expect(waited, 'gave up before the bound').to.be.at.least(FIRST_READ_TIMEOUT_MS - 500);
    expect(failed.getAttribute('role')).to.equal('alert');
    expect(queryByShadowText(el, 'Loading comments…')).to.equal(null);
    // The form is there (a draft can be written meanwhile), after the notice.
    await waitUntil(() => el.shadowRoot?.querySelector('lar-comment-form')?.assignedSlot, 'no form under the notice');

    // The connection comes back; the reader presses Try again, from the keyboard.
    await executeServerCommand('stalled-server', { action: 'forward', server, to: testEnvironment.firestoreEmulator });
    const tryAgain = await findByShadowRole(el, 'button', { name: 'Try again' });
    tryAgain.focus();
    await press('Enter');
    expect(await findByShadowText(el, 'Worth the wait.', {}, SLOW)).to.exist;
    expect(await findByShadowRole(el, 'heading', { name: `One thought on “${TITLE}”` })).to.exist;
    expect(queryByShadowText(el, 'Comments could not be loaded.')).to.equal(null);
    // Focus did not fall to the page: it is on the heading over what arrived.
    expect(focused()?.tagName).to.equal('H2');
  });

  it('Try again that meets the stall again shows "Loading comments…", then the failure and its button again', async function () {
    this.timeout(2 * FIRST_READ_TIMEOUT_MS + 30_000);
    const el = await fixture<LeaveAReply>(html`<leave-a-reply
      thread=${freshThread()}
      project-id=${testEnvironment.projectId}
      api-key="demo-api-key"
      firestore-emulator=${server}
      auth-emulator=${emulatorAttributes()['auth-emulator']}
    ></leave-a-reply>`);
    await findByShadowText(el, 'Comments could not be loaded.', {}, { timeout: FIRST_READ_TIMEOUT_MS + 10_000 });
    await click(await findByShadowRole(el, 'button', { name: 'Try again' }));
    const loading = await findByShadowText(el, 'Loading comments…');
    expect(focused()).to.equal(loading);
    await findByShadowText(el, 'Comments could not be loaded.', {}, { timeout: FIRST_READ_TIMEOUT_MS + 10_000 });
    expect(focused()).to.equal(await findByShadowRole(el, 'button', { name: 'Try again' }));
  });
});

describe('A browser that knows it is offline at first', () => {
  let server: string;
  let restore: (() => void) | null = null;

  beforeEach(async () => {
    server = await executeServerCommand<string, { action: string }>('stalled-server', { action: 'open' });
  });

  afterEach(async () => {
    restore?.();
    await executeServerCommand('stalled-server', { action: 'close', server });
  });

  it('says it is waiting for a connection, and loads the comments by itself when the browser is back online', async function () {
    this.timeout(FIRST_READ_TIMEOUT_MS + 40_000);
    // What the browser says of its connection (navigator.onLine and the "online" event); the network
    // itself is the stalled server, which the test brings back.
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
    restore = () => Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    const thread = freshThread();
    await seed(firestoreEmulator(), thread, 'first', 'Ada', 'Read once the train left the tunnel.', new Date('2026-11-01T10:00:00Z'));
    const el = await fixture<LeaveAReply>(html`<leave-a-reply
      thread=${thread}
      project-id=${testEnvironment.projectId}
      api-key="demo-api-key"
      firestore-emulator=${server}
      auth-emulator=${emulatorAttributes()['auth-emulator']}
    ></leave-a-reply>`);
    const waiting = await findByShadowText(el, 'Waiting for a connection to load the comments…', {}, { timeout: FIRST_READ_TIMEOUT_MS + 10_000 });
    expect(waiting.getAttribute('role')).to.equal('status');
    expect(queryByShadowText(el, 'Comments could not be loaded.')).to.equal(null);

    await executeServerCommand('stalled-server', { action: 'forward', server, to: testEnvironment.firestoreEmulator });
    restore();
    restore = null;
    window.dispatchEvent(new Event('online'));
    expect(await findByShadowText(el, 'Read once the train left the tunnel.', {}, SLOW)).to.exist;
    expect(queryByShadowText(el, 'Waiting for a connection to load the comments…')).to.equal(null);
  });
});

describe('A Firestore backend that goes away and comes back (a spare emulator, stopped and restarted)', () => {
  let spare: HostAndPort;
  const command = (action: 'start' | 'stop' | 'restart') => executeServerCommand<string | boolean, { action: string }>('spare-firestore', { action });

  before(async function () {
    // A Java process of its own: tens of seconds on a busy machine.
    this.timeout(120_000);
    spare = address(await command('start'));
  });

  after(async function () {
    this.timeout(60_000);
    await command('stop');
  });

  beforeEach(clearSavedDrafts);
  afterEach(closePages);

  it('keeps what it shows and the comment being written, and shows what was written after the restart, by itself', async function () {
    this.timeout(240_000);
    const thread = freshThread();
    await seed(spare, thread, 'seeded-1', 'Ada', 'Before the outage.', new Date('2026-11-01T10:00:00Z'));
    await seed(spare, thread, 'seeded-2', 'Grace', 'Also before it.', new Date('2026-11-01T11:00:00Z'));
    const page = await openBlogPage({ ...emulatorAttributes(), 'firestore-emulator': `${spare.host}:${spare.port}`, thread, 'post-title': TITLE });
    const { queries, widget } = page;
    await queries.findByShadowRole(widget, 'heading', { name: `2 thoughts on “${TITLE}”` }, SLOW);
    // The live listener starts once the page is idle: let it connect before the backend goes away.
    await waitUntil(() => page.frame.contentWindow?.performance.getEntriesByName('leave-a-reply:read').some((mark) => (mark as PerformanceMark).detail.via === 'listener'), 'the live listener never answered', SLOW);

    await command('stop');
    // The reader writes a comment while the backend is away.
    await type((await queries.findByShadowRole(widget, 'textbox', { name: 'Comment' })) as HTMLTextAreaElement, 'Written while it was away.');
    await type((await queries.findByShadowRole(widget, 'textbox', { name: 'Name' })) as HTMLInputElement, 'Lin');
    await type((await queries.findByShadowRole(widget, 'textbox', { name: 'Email' })) as HTMLInputElement, 'lin@example.com');
    await click(await queries.findByShadowRole(widget, 'button', { name: 'Post Comment' }));
    await new Promise((done) => setTimeout(done, 3000));
    // Nothing the reader saw went away, and nothing says the comments could not be loaded.
    expect(renderedComments(widget).map((comment) => comment.querySelector('.content')?.textContent?.trim())).to.include.members([
      'Before the outage.',
      'Also before it.',
    ]);
    expect(queries.queryByShadowText(widget, 'Comments could not be loaded.')).to.equal(null);
    expect(((await queries.findByShadowRole(widget, 'textbox', { name: 'Comment' })) as HTMLTextAreaElement).value).to.equal('Written while it was away.');

    // Back on the same port, empty, as a restarted emulator is.
    expect(address(await command('restart'))).to.deep.equal(spare);
    await seed(spare, thread, 'after-restart', 'Hedy', 'Written after it came back.');

    // The reader's own comment goes through once the backend is back, and shows.
    expect(await queries.findByShadowText(widget, 'Your comment was posted.', {}, { timeout: 90_000 })).to.exist;
    expect(await queries.findByShadowText(widget, 'Written while it was away.', {}, SLOW)).to.exist;
    // Another reader's, written after the restart, arrives by itself: behind "1 new comment", as
    // arrivals do while the thread is on screen.
    await click(await queries.findByShadowRole(widget, 'button', { name: '1 new comment' }, { timeout: 90_000 }));
    expect(await queries.findByShadowText(widget, 'Written after it came back.', {}, SLOW)).to.exist;
    const texts = renderedComments(widget).map((comment) => comment.querySelector('.content')?.textContent?.trim());
    // Each once: nothing read twice, nothing the reader saw lost.
    expect(texts.filter((text) => text === 'Written after it came back.')).to.have.length(1);
    expect(texts.filter((text) => text === 'Written while it was away.')).to.have.length(1);
    expect(texts).to.include.members(['Before the outage.', 'Also before it.']);
  });
});
