/**
 * Moderation in the widget, from every side: the author whose comment is held, another reader who
 * must not see it, and a moderator (an account with the custom claim `moderator: true`, set as
 * `npx leave-a-reply moderators add` sets it) who approves, unapproves, marks spam, deletes, pins,
 * blocks and closes, each action logged. Real pages in Chromium, the widget's real Firestore and Auth
 * code, the real emulators with the project's rules.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, GoogleAuthProvider, initializeAuth, inMemoryPersistence, signInWithCredential } from 'firebase/auth';
import { readAllAsOwner, writeAsOwner } from '../../scripts/firestore-rest.js';
import { threadDocumentId } from '../../src/data/thread-id.js';
import type { ModerationMode } from '../../src/model/moderation.js';
import { googleAccount, seam } from '../support/accounts.js';
import { seedConversation, seedThreadDocument } from '../support/conversation.js';
import { authEmulator, closeFirebaseApps, emulatorAttributes, firestoreEmulator, freshThread, testEnvironment } from '../support/environment.js';
import { openBlogPage, reload, type BlogPage } from '../support/pages.js';
import { clearSavedDrafts } from '../support/storage.js';
import { click, focused, press, type } from '../support/user.js';

const SLOW = { timeout: 15000 };
const TITLE = 'The Lighthouse Keeper';

const byRole = (page: BlogPage, role: string, name: string) => page.queries.findByShadowRole(page.widget, role, { name }, SLOW);
const textbox = (page: BlogPage, name: string) => byRole(page, 'textbox', name) as Promise<HTMLTextAreaElement>;
const button = (page: BlogPage, name: string) => byRole(page, 'button', name);
const says = (page: BlogPage, text: string) => page.queries.findByShadowText(page.widget, text, { exact: false }, SLOW);
/** No button whose name is `name`, or starts with it (`prefix`). */
const noButton = (page: BlogPage, name: string, prefix = false) =>
  !page.queries.queryAllByShadowRole(page.widget, 'button').some((shown) => {
    const label = shown.getAttribute('aria-label') ?? shown.textContent?.trim() ?? '';
    return prefix ? label.startsWith(name) : label === name;
  });
/** What the page says in its alerts: for the message of a test that timed out. */
const alerts = (page: BlogPage) =>
  page.queries.queryAllByShadowRole(page.widget, 'alert').map((alert) => alert.textContent?.trim()).filter(Boolean).join(' | ') || 'no alert';
/** waitUntil, whose timeout also says what `page` alerted and shows. */
const waitOn = (page: BlogPage, condition: () => unknown, message: string) =>
  waitUntil(condition, message, SLOW).catch((error: Error) => {
    const shown = threadRoot(page)?.textContent?.replace(/\s+/g, ' ').trim();
    throw new Error(`${error.message} (the page says: ${alerts(page)}; it shows: ${shown})`);
  });

const threadRoot = (page: BlogPage) => page.widget.shadowRoot?.querySelector('lar-comment-thread')?.shadowRoot ?? null;
/** The list item of the comment that says `text`, in the thread or in the moderator's queue. */
function itemSaying(page: BlogPage, text: string, where = 'li[id^="comment-"]'): HTMLElement | null {
  const items = [...(threadRoot(page)?.querySelectorAll<HTMLElement>(where) ?? [])];
  return items.find((item) => item.querySelector(':scope > article .content')?.textContent?.trim() === text) ?? null;
}
const inQueue = (page: BlogPage, text: string) => itemSaying(page, text, '.queue li');
const inThread = (page: BlogPage, text: string) => itemSaying(page, text, '.comment-list li');
/** The texts of the thread's comments, top to bottom. */
const shownTexts = (page: BlogPage) =>
  [...(threadRoot(page)?.querySelectorAll('.comment-list li > article .content') ?? [])].map((content) => content.textContent?.trim());

/** Waits for a comment to show in the thread, pressing "N new comments" if it waits behind it. */
async function seesLive(page: BlogPage, text: string): Promise<void> {
  await waitUntil(() => {
    if (inThread(page, text)) return true;
    page.queries.queryAllByShadowRole(page.widget, 'button').find((shown) => / new comments?$/.test(shown.textContent ?? ''))?.click();
    return false;
  }, `"${text}" never showed`, SLOW);
}

async function postAsGuest(page: BlogPage, text: string, name = 'Grace') {
  await type(await textbox(page, 'Comment'), text);
  if (page.queries.queryByShadowRole(page.widget, 'textbox', { name: 'Email' })) {
    await type(await textbox(page, 'Email'), `${name.toLowerCase()}@example.com`);
    await type(await textbox(page, 'Name'), name);
  }
  await click(await button(page, 'Post Comment'));
}

/** The site owner's moderation mode, as a moderator or the CLI would set it. */
const setMode = (mode: ModerationMode) => writeAsOwner(firestoreEmulator(), testEnvironment.projectId, ['settings', 'moderation'], { mode });

const stored = async (thread: string) =>
  readAllAsOwner(firestoreEmulator(), testEnvironment.projectId, ['threads', threadDocumentId(thread), 'comments']);
const storedSaying = async (thread: string, text: string) => (await stored(thread)).find(({ data }) => data['text'] === text);
const logEntries = () => readAllAsOwner(firestoreEmulator(), testEnvironment.projectId, ['moderationLog']);

/**
 * Makes `account` a moderator, as `npx leave-a-reply moderators add` does (the custom claim, through
 * the Auth emulator's admin API), then signs in to it on `page` with the Google seam, as a moderator
 * would after being made one.
 */
async function signInAsModerator(page: BlogPage, name = 'Mo Derator'): Promise<string> {
  const account = googleAccount(name);
  // The account exists first (an earlier visit), so that the claim can be set on its uid.
  const app = initializeApp({ projectId: testEnvironment.projectId, apiKey: 'demo-api-key' }, `moderator-${crypto.randomUUID()}`);
  const auth = initializeAuth(app, { persistence: inMemoryPersistence });
  connectAuthEmulator(auth, `http://${authEmulator().host}:${authEmulator().port}`, { disableWarnings: true });
  const { user } = await signInWithCredential(auth, GoogleAuthProvider.credential(JSON.stringify(account)));
  await executeServerCommand('set-claims', { uid: user.uid, claims: { moderator: true } });
  page.widget.signInSeam = seam(account);
  // This browser remembers a guest's details from an earlier comment: Change shows the icons again.
  const buttonNamed = (name: string) => page.queries.queryByShadowRole(page.widget, 'button', { name });
  await waitUntil(() => buttonNamed('Change') || buttonNamed('Log in with Google'), 'no way to log in', SLOW);
  const change = buttonNamed('Change');
  if (change) await click(change);
  await click(await button(page, 'Log in with Google'));
  // A guest of this page already (the form signed one in): the account exists, so the widget asks.
  await waitUntil(() => {
    page.queries.queryByShadowRole(page.widget, 'button', { name: 'Log in to that Google account' })?.click();
    return page.queries.queryByShadowText(page.widget, 'You are commenting using your Google account.');
  }, 'the moderator never signed in', SLOW);
  return user.uid;
}

/** A moderator's comment button, found by its label inside the comment (or queue entry) that says `text`. */
async function moderatorButton(page: BlogPage, item: () => HTMLElement | null, label: string): Promise<HTMLElement> {
  let found: HTMLElement | null = null;
  await waitOn(page, () => {
    const article = item()?.querySelector<HTMLElement>(':scope > article');
    found = article ? page.queries.queryByShadowRole(article, 'button', { name: label }) : null;
    return found;
  }, `no "${label}" button`);
  return found!;
}

/** Answers the moderator's question ("Delete the comment by …?") with its own button, which has focus. */
async function confirm(page: BlogPage, question: string, answer: string): Promise<void> {
  await says(page, question);
  await waitUntil(() => focused()?.textContent?.trim() === answer && focused()?.closest('[role="group"]'), 'the question never had focus', SLOW);
  await click(focused() as HTMLElement);
}

describe('Moderation in the widget (Firestore and Auth emulators)', function () {
  // Three readers' pages, a moderator's sign-in and live updates between them.
  this.timeout(90_000);
  let thread: string;
  let attributes: Record<string, string>;
  /** Each reader a browser of their own: an app ID of their own, so another anonymous user. */
  const as = (who: string) => ({ ...attributes, 'app-id': `1:000000000000:web:${who}-${crypto.randomUUID()}` });

  beforeEach(async () => {
    clearSavedDrafts();
    thread = freshThread();
    attributes = { ...emulatorAttributes(), thread, 'post-title': TITLE, providers: 'guest google' };
    // Closed, reopened and pinned while pages follow it (seedThreadDocument says why it exists first).
    await seedThreadDocument(thread);
    await setMode('publish-all');
  });

  afterEach(async () => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    // The mode is the whole site's: the other suites expect comments published at once.
    await setMode('publish-all');
  });

  it('hold-all: the author sees the comment held after a reload too, another reader not; a moderator approves it from Pending (1), live for the reader', async () => {
    await setMode('hold-all');
    const author = await openBlogPage(as('author'));
    await postAsGuest(author, 'Held for a moment.');
    await waitUntil(() => inThread(author, 'Held for a moment.')?.querySelector('.held .notice'), 'the held notice never showed', SLOW);
    const held = inThread(author, 'Held for a moment.')!;
    expect(held.querySelector('.held .notice')?.textContent).to.equal('Your comment is awaiting moderation.');
    expect(held.querySelector('article')?.classList.contains('held')).to.equal(true);
    await says(author, 'Your comment was posted.');
    const [document] = await stored(thread);
    expect(document?.data['status']).to.equal('pending');
    // The count is of published comments: the held one is not among them.
    expect(await byRole(author, 'heading', `No thoughts yet on “${TITLE}”`)).to.exist;

    const reader = await openBlogPage(as('reader'));
    await byRole(reader, 'heading', `No thoughts yet on “${TITLE}”`);
    expect(inThread(reader, 'Held for a moment.')).to.equal(null);
    expect(noButton(reader, 'Pending', true)).to.equal(true);

    const again = await reload(author);
    await waitUntil(() => inThread(again, 'Held for a moment.')?.querySelector('.held .notice'), 'the held comment was gone after the reload', SLOW);

    const moderator = await openBlogPage(as('moderator'));
    const moderatorUid = await signInAsModerator(moderator);
    await click(await button(moderator, 'Pending (1)'));
    await click(await moderatorButton(moderator, () => inQueue(moderator, 'Held for a moment.'), 'Approve the comment by Grace'));
    await button(moderator, 'Pending (0)');
    await seesLive(reader, 'Held for a moment.');
    await byRole(reader, 'heading', `One thought on “${TITLE}”`);
    await waitUntil(() => inThread(again, 'Held for a moment.') && !inThread(again, 'Held for a moment.')?.querySelector('.held .notice'), 'the author still saw it held', SLOW);

    const authorUid = (document?.data['author'] as Record<string, unknown>)['uid'] as string;
    const [entry] = (await logEntries()).filter(({ data }) => data['commentId'] === document?.id);
    expect(entry?.data).to.deep.include({ by: moderatorUid, action: 'approve', threadId: threadDocumentId(thread), subject: authorUid });
    expect(entry?.data['at']).to.be.instanceOf(Date);
    const approved = await storedSaying(thread, 'Held for a moment.');
    expect(approved?.data).to.deep.include({ status: 'published', moderation: entry?.id });
    // The author's standing, in their marker beside the spam markers.
    const markers = await readAllAsOwner(firestoreEmulator(), testEnvironment.projectId, ['authors']);
    expect(markers.find(({ id }) => id === authorUid)?.data).to.deep.include({ trusted: true, moderation: entry?.id });
  });

  it('hold-first-time: a newcomer is held; once a moderator approved them, their next comment goes out at once', async () => {
    await setMode('hold-first-time');
    const author = await openBlogPage(as('author'));
    await postAsGuest(author, 'My first comment here.');
    await waitUntil(() => inThread(author, 'My first comment here.')?.querySelector('.held .notice'), 'the first comment was not held', SLOW);
    await says(author, 'Your comment was posted.');

    const moderator = await openBlogPage(as('moderator'));
    await signInAsModerator(moderator);
    // Moderators themselves are never held.
    await postAsGuest(moderator, 'A word from the moderator.');
    await waitOn(moderator, () => inThread(moderator, 'A word from the moderator.') && !inThread(moderator, 'A word from the moderator.')?.querySelector('.pending:not([hidden])'), 'the moderator\'s comment was not published');
    expect((await storedSaying(thread, 'A word from the moderator.'))?.data['status']).to.equal('published');
    await click(await button(moderator, 'Pending (1)'));
    await click(await moderatorButton(moderator, () => inQueue(moderator, 'My first comment here.'), 'Approve the comment by Grace'));
    await waitUntil(() => inThread(author, 'My first comment here.') && !inThread(author, 'My first comment here.')?.querySelector('.held .notice'), 'never approved for the author', SLOW);

    await postAsGuest(author, 'Trusted now.');
    await says(author, 'Your comment was posted.');
    await waitUntil(() => inThread(author, 'Trusted now.'), 'the second comment never showed', SLOW);
    expect(inThread(author, 'Trusted now.')?.querySelector('.held .notice')).to.equal(null);
    expect((await storedSaying(thread, 'Trusted now.'))?.data['status']).to.equal('published');
  });

  it('publish-all: a comment with more links than allowed is held, not refused', async () => {
    const author = await openBlogPage(as('author'));
    await postAsGuest(author, 'Cheap pills at https://a.example, http://b.example and www.c.example');
    await waitUntil(() => inThread(author, 'Cheap pills at https://a.example, http://b.example and www.c.example')?.querySelector('.held .notice'), 'not shown as held', SLOW);
    await says(author, 'Your comment was posted.');
    expect(author.queries.queryByShadowText(author.widget, 'Please keep to 2 links or fewer in a comment.')).to.equal(null);
    expect((await stored(thread)).map(({ data }) => data['status'])).to.deep.equal(['pending']);
    const reader = await openBlogPage(as('reader'));
    await byRole(reader, 'heading', `No thoughts yet on “${TITLE}”`);
    expect(shownTexts(reader)).to.deep.equal([]);
  });

  it('pins and unpins, unapproves, marks spam and deletes, each asked first where it destroys, each logged', async () => {
    await seedConversation(thread, [
      { id: 'first', name: 'Ada', text: 'First.', createdAt: new Date('2026-11-20T10:00:00Z') },
      { id: 'second', name: 'Grace', text: 'Second.', createdAt: new Date('2026-11-21T10:00:00Z') },
      { id: 'third', name: 'Alan', text: 'Third.', createdAt: new Date('2026-11-22T10:00:00Z') },
    ]);
    const moderator = await openBlogPage(as('moderator'));
    const reader = await openBlogPage(as('reader'));
    const moderatorUid = await signInAsModerator(moderator);

    await click(await moderatorButton(moderator, () => inThread(moderator, 'Third.'), 'Pin to top the comment by Alan'));
    // The moderator's own page first: the write is done, and the reader's page hears of it.
    await moderatorButton(moderator, () => inThread(moderator, 'Third.'), 'Unpin the comment by Alan');
    // Every reader, live: first, labelled.
    await waitUntil(() => shownTexts(reader)[0] === 'Third.', 'the pinned comment never came first for the reader', SLOW);
    expect(inThread(reader, 'Third.')?.querySelector('.pinned')?.textContent).to.equal('Pinned');
    await click(await moderatorButton(moderator, () => inThread(moderator, 'Third.'), 'Unpin the comment by Alan'));
    await waitUntil(() => shownTexts(reader).join() === 'First.,Second.,Third.', 'unpinning never reached the reader', SLOW);

    await click(await moderatorButton(moderator, () => inThread(moderator, 'First.'), 'Unapprove the comment by Ada'));
    await waitUntil(() => !inThread(moderator, 'First.'), 'the unapproved comment stayed in the thread', SLOW);
    await click(await button(moderator, 'Pending (1)'));
    expect(inQueue(moderator, 'First.')).to.exist;

    await click(await moderatorButton(moderator, () => inThread(moderator, 'Second.'), 'Spam: mark the comment by Grace as spam'));
    await confirm(moderator, 'Mark the comment by Grace as spam?', 'Spam');
    await click(await button(moderator, 'Spam (1)'));
    await waitUntil(() => inQueue(moderator, 'Second.'), 'the spam never reached the queue', SLOW);

    await click(await moderatorButton(moderator, () => inQueue(moderator, 'Second.'), 'Delete the comment by Grace'));
    await confirm(moderator, 'Delete the comment by Grace? This cannot be undone.', 'Delete');
    await waitUntil(() => !inQueue(moderator, 'Second.') && noButton(moderator, 'Spam (', true), 'the deleted comment stayed in the queue', SLOW);

    // A reader who opens the thread now sees only what is published.
    const newcomer = await openBlogPage(as('newcomer'));
    await byRole(newcomer, 'heading', `One thought on “${TITLE}”`);
    expect(shownTexts(newcomer)).to.deep.equal(['Third.']);

    const statuses = Object.fromEntries((await stored(thread)).map(({ id, data }) => [id, data['status']]));
    expect(statuses).to.deep.equal({ first: 'pending', second: 'deleted', third: 'published' });
    const deleted = (await stored(thread)).find(({ id }) => id === 'second')!;
    expect(deleted.data['author']).to.equal(null);
    expect(deleted.data['text']).to.equal(null);
    const contact = await readAllAsOwner(firestoreEmulator(), testEnvironment.projectId, [...deleted.path, 'private']);
    expect(contact).to.deep.equal([]);
    const mine = (await logEntries()).filter(({ data }) => data['by'] === moderatorUid);
    expect(mine.map(({ data }) => [data['action'], data['commentId'], data['subject']])).to.have.deep.members([
      ['pin', null, null],
      ['unpin', null, null],
      ['unapprove', 'first', 'uid-ada'],
      ['spam', 'second', 'uid-grace'],
      ['delete', 'second', 'uid-grace'],
    ]);
    expect(deleted.data['moderation']).to.equal(mine.find(({ data }) => data['action'] === 'delete')?.id);
    for (const { data } of mine) expect(data['threadId']).to.equal(threadDocumentId(thread));
  });

  it('blocks an author: their next comment is refused in words, the text kept; Unblock lets them post again', async () => {
    const author = await openBlogPage(as('author'));
    await postAsGuest(author, 'Before the block.', 'Mallory');
    await says(author, 'Your comment was posted.');
    const moderator = await openBlogPage(as('moderator'));
    const moderatorUid = await signInAsModerator(moderator);
    await click(await moderatorButton(moderator, () => inThread(moderator, 'Before the block.'), 'Block author Mallory'));
    await confirm(moderator, 'Block Mallory? They will no longer be able to comment on this site.', 'Block author');
    const unblock = await moderatorButton(moderator, () => inThread(moderator, 'Before the block.'), 'Unblock author Mallory');

    await postAsGuest(author, 'After the block.');
    const refused = await says(author, 'You can no longer comment on this site. Your text is still here.');
    expect(refused.closest('[role="alert"]')).to.exist;
    expect((await textbox(author, 'Comment')).value).to.equal('After the block.');
    expect((await stored(thread)).map(({ data }) => data['text'])).to.deep.equal(['Before the block.']);

    await click(unblock);
    await moderatorButton(moderator, () => inThread(moderator, 'Before the block.'), 'Block author Mallory');
    await click(await button(author, 'Post Comment'));
    await says(author, 'Your comment was posted.');
    const authorUid = ((await storedSaying(thread, 'Before the block.'))?.data['author'] as Record<string, unknown>)['uid'];
    const actions = (await logEntries()).filter(({ data }) => data['by'] === moderatorUid).map(({ data }) => [data['action'], data['subject']]);
    expect(actions).to.have.deep.members([
      ['block', authorUid],
      ['unblock', authorUid],
    ]);
  });

  it('closes and reopens the thread, live for readers: the form and Reply go and come back', async () => {
    await seedConversation(thread, [{ id: 'only', name: 'Ada', text: 'Still open?', createdAt: new Date('2026-11-20T10:00:00Z') }]);
    const moderator = await openBlogPage(as('moderator'));
    const reader = await openBlogPage(as('reader'));
    await signInAsModerator(moderator);
    expect(await button(reader, 'Reply to Ada')).to.exist;

    await click(await button(moderator, 'Close comments'));
    await button(moderator, 'Reopen comments');
    await says(reader, 'Comments are closed.');
    // The form is gone from the page as a reader perceives it: not rendered, so neither seen nor read out.
    const form = () => reader.queries.queryByShadowRole(reader.widget, 'textbox', { name: 'Comment' });
    await waitUntil(() => noButton(reader, 'Reply to Ada'), 'the reader could still reply to a comment', SLOW);
    await waitUntil(() => !form()?.checkVisibility(), 'the reader could still see the form', SLOW);

    await click(await button(moderator, 'Reopen comments'));
    await waitOn(reader, () => form()?.checkVisibility(), 'the form never came back');
    expect(await button(reader, 'Reply to Ada')).to.exist;
    const actions = (await logEntries()).filter(({ data }) => data['threadId'] === threadDocumentId(thread)).map(({ data }) => data['action']);
    expect(actions).to.have.members(['close', 'reopen']);
  });

  it('a moderator can delete with the keyboard alone: Tab to the button, Enter, Enter on the question', async () => {
    await seedConversation(thread, [{ id: 'gone', name: 'Ada', text: 'Delete me.', createdAt: new Date('2026-11-20T10:00:00Z') }]);
    const moderator = await openBlogPage(as('moderator'));
    await signInAsModerator(moderator);
    // From the comment's first moderator button, Tab by Tab to its Delete.
    (await moderatorButton(moderator, () => inThread(moderator, 'Delete me.'), 'Unapprove the comment by Ada')).focus();
    const order: string[] = [];
    for (let i = 0; i < 2; i++) {
      await press('Tab');
      order.push(focused()?.getAttribute('aria-label') ?? '');
    }
    expect(order).to.deep.equal(['Spam: mark the comment by Ada as spam', 'Delete the comment by Ada']);
    await press('Enter');
    await says(moderator, 'Delete the comment by Ada? This cannot be undone.');
    await waitUntil(() => focused()?.textContent?.trim() === 'Delete' && focused()?.closest('[role="group"]'), 'the question never had focus', SLOW);
    await press('Enter');
    await waitUntil(() => !inThread(moderator, 'Delete me.'), 'never deleted', SLOW);
    await waitUntil(async () => (await stored(thread)).map(({ data }) => data['status']).join() === 'deleted', 'the server never had the deletion', SLOW);
  });
});

// The SDK instances this page opened end their streams cleanly (closeFirebaseApps says why).
after(closeFirebaseApps);
