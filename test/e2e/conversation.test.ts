/**
 * Conversations as readers have them: replies nested to the site's limit, pages of top-level comments,
 * permalinks, editing and deleting within the window, and comments from others that arrive without
 * moving what the reader is looking at. Real pages in Chromium, the widget's real Firestore and Auth
 * code, the real emulators with the project's rules.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { readAllAsOwner, writeAsOwner } from '../../scripts/firestore-rest.js';
import { threadDocumentId } from '../../src/data/thread-id.js';
import { busyThread, seedConversation } from '../support/conversation.js';
import { emulatorAttributes, firestoreEmulator, freshThread, testEnvironment } from '../support/environment.js';
import { closePages, openBlogPage, type BlogPage } from '../support/pages.js';
import { clearSavedDrafts } from '../support/storage.js';
import { sendKeys } from '@web/test-runner-commands';
import { click, focused, press, type } from '../support/user.js';

const TITLE = 'The Lighthouse Keeper';
const SLOW = { timeout: 15000 };

const byRole = (page: BlogPage, role: string, name: string) => page.queries.findByShadowRole(page.widget, role, { name }, SLOW);
const textbox = (page: BlogPage, name: string) => byRole(page, 'textbox', name) as Promise<HTMLTextAreaElement>;
const button = (page: BlogPage, name: string) => byRole(page, 'button', name);
const heading = (page: BlogPage, name: string) => byRole(page, 'heading', name);
const says = (page: BlogPage, text: string) => page.queries.findByShadowText(page.widget, text, { exact: true }, SLOW);

/** The thread's shadow root: where the comments are. */
const threadRoot = (page: BlogPage) => page.widget.shadowRoot?.querySelector('lar-comment-thread')?.shadowRoot ?? null;
/** A comment's list item, found by its text. */
function itemSaying(page: BlogPage, text: string): HTMLElement | null {
  const items = [...(threadRoot(page)?.querySelectorAll<HTMLElement>('li[id^="comment-"]') ?? [])];
  return items.find((item) => item.querySelector(':scope > article .content')?.textContent?.trim() === text) ?? null;
}
/** How deep a comment is shown: the lists of replies around it. */
function levelOf(page: BlogPage, text: string): number {
  let level = 0;
  for (let node = itemSaying(page, text)?.parentElement; node; node = node.parentElement) if (node.matches('ol.children')) level++;
  return level;
}
/** The texts of the comments shown, top to bottom. */
const shownTexts = (page: BlogPage) =>
  [...(threadRoot(page)?.querySelectorAll('li[id^="comment-"] > article .content') ?? [])].map((content) => content.textContent?.trim());

/** Types `text` (after what the box holds), fills in a guest's details if given, and posts. */
async function postAs(page: BlogPage, text: string, guest?: { name: string; email: string }) {
  if (text) await type(await textbox(page, 'Comment'), text);
  if (guest) {
    await type(await textbox(page, 'Email'), guest.email);
    await type(await textbox(page, 'Name'), guest.name);
  }
  await click(await button(page, 'Post Comment'));
  if (text) await waitUntil(() => itemSaying(page, text) && !itemSaying(page, text)?.querySelector('.pending:not([hidden])'), `"${text}" was never confirmed`, SLOW);
}

const ada = { name: 'Ada', email: 'ada@example.com' };

describe('Conversations (Firestore and Auth emulators)', function () {
  // Whole conversations, typed key by key across several pages: longer than a single post.
  this.timeout(60_000);
  let thread: string;
  let attributes: Record<string, string>;

  beforeEach(() => {
    clearSavedDrafts();
    thread = freshThread();
    attributes = { ...emulatorAttributes(), thread, 'post-title': TITLE };
  });

  afterEach(closePages);

  it('replies nest under their parent, at most max-depth levels deep; a reply at the limit attaches at the limit', async () => {
    const page = await openBlogPage({ ...attributes, 'max-depth': '5' });
    await postAs(page, 'Level 1.', ada);
    for (let level = 2; level <= 6; level++) {
      await click(await replyButtonOf(page, `Level ${level - 1}.`));
      expect(await heading(page, 'Leave a Reply to Ada')).to.exist;
      await postAs(page, `Level ${level}.`);
    }
    expect([1, 2, 3, 4, 5, 6].map((level) => levelOf(page, `Level ${level}.`))).to.deep.equal([0, 1, 2, 3, 4, 4]);
    // The sixth sits beside the fifth, after it, and the form is back at the end.
    expect(shownTexts(page)).to.deep.equal(['Level 1.', 'Level 2.', 'Level 3.', 'Level 4.', 'Level 5.', 'Level 6.']);
    expect(await heading(page, 'Leave a Reply')).to.exist;
    expect(await heading(page, `6 thoughts on “${TITLE}”`)).to.exist;

    const stored = await readAllAsOwner(firestoreEmulator(), testEnvironment.projectId, ['threads', threadDocumentId(thread), 'comments']);
    const depths = Object.fromEntries(stored.map(({ data }) => [data['text'], data['depth']]));
    expect(depths).to.deep.equal({ 'Level 1.': 0, 'Level 2.': 1, 'Level 3.': 2, 'Level 4.': 3, 'Level 5.': 4, 'Level 6.': 4 });
  });

  it('Reply moves the form under the comment, Cancel reply puts it back, and each target keeps its own text', async () => {
    await seedConversation(thread, [
      { id: 'grace', name: 'Grace', text: 'The storm scene!', createdAt: new Date('2026-11-20T10:00:00Z') },
      { id: 'alan', name: 'Alan', text: 'The cribbage games.', createdAt: new Date('2026-11-21T10:00:00Z') },
    ]);
    const page = await openBlogPage(attributes);
    await type(await textbox(page, 'Comment'), 'A comment on the post.');

    await click(await replyButtonOf(page, 'The storm scene!'));
    expect(await heading(page, 'Leave a Reply to Grace')).to.exist;
    // The form is under Grace's comment, and the reader can type at once.
    const form = page.widget.shadowRoot?.querySelector('lar-comment-form');
    expect(form?.assignedSlot?.closest('li')).to.equal(itemSaying(page, 'The storm scene!'));
    expect(focused()?.getAttribute('name')).to.equal('comment');
    expect((await textbox(page, 'Comment')).value).to.equal('');
    await type(await textbox(page, 'Comment'), 'To Grace.');

    await click(await replyButtonOf(page, 'The cribbage games.'));
    expect(await heading(page, 'Leave a Reply to Alan')).to.exist;
    await type(await textbox(page, 'Comment'), 'To Alan.');

    await click(await replyButtonOf(page, 'The storm scene!'));
    expect((await textbox(page, 'Comment')).value).to.equal('To Grace.');

    await click(await button(page, 'Cancel reply'));
    expect(await heading(page, 'Leave a Reply')).to.exist;
    expect((await textbox(page, 'Comment')).value).to.equal('A comment on the post.');
    // Focus goes back to the Reply button that opened the form.
    expect(focused()?.getAttribute('aria-label')).to.equal('Reply to Grace');

    // A reply to a reply.
    await click(await replyButtonOf(page, 'The cribbage games.'));
    expect((await textbox(page, 'Comment')).value).to.equal('To Alan.');
    await postAs(page, '', ada);
    await waitUntil(() => itemSaying(page, 'To Alan.'), 'the reply never showed', SLOW);
    await click(await replyButtonOf(page, 'To Alan.'));
    await postAs(page, 'Ada answers herself.');
    expect(levelOf(page, 'To Alan.')).to.equal(1);
    expect(levelOf(page, 'Ada answers herself.')).to.equal(2);
    expect(shownTexts(page)).to.deep.equal(['The storm scene!', 'The cribbage games.', 'To Alan.', 'Ada answers herself.']);
  });

  it('pages top-level comments, oldest first, replies with them, Load more until the end', async () => {
    await seedConversation(thread, busyThread(120, 1));
    const page = await openBlogPage(attributes);
    await heading(page, `240 thoughts on “${TITLE}”`);
    expect(shownTexts(page)).to.have.length(100);
    expect(shownTexts(page).slice(0, 3)).to.deep.equal(['Top-level comment 0.', 'Reply 0 to comment 0.', 'Top-level comment 1.']);

    await click(await button(page, 'Load more comments'));
    await waitUntil(() => shownTexts(page).length === 200, 'the second page never came', SLOW);
    // The reader reads on from the first comment of the new page.
    expect(focused()?.id).to.equal('comment-top-0050');
    await click(await button(page, 'Load more comments'));
    await waitUntil(() => shownTexts(page).length === 240, 'the last page never came', SLOW);
    expect(page.queries.queryByShadowRole(page.widget, 'button', { name: 'Load more comments' })).to.equal(null);
    const texts = shownTexts(page);
    expect(new Set(texts).size).to.equal(240);
    expect(texts.at(-2)).to.equal('Top-level comment 119.');
  });

  it('order="newest" puts the latest top-level comment first; replies still run oldest first', async () => {
    await seedConversation(thread, busyThread(4, 2));
    const page = await openBlogPage({ ...attributes, order: 'newest', 'page-size': '3' });
    await heading(page, `12 thoughts on “${TITLE}”`);
    expect(shownTexts(page)).to.deep.equal([
      'Top-level comment 3.', 'Reply 0 to comment 3.', 'Reply 1 to comment 3.',
      'Top-level comment 2.', 'Reply 0 to comment 2.', 'Reply 1 to comment 2.',
      'Top-level comment 1.', 'Reply 0 to comment 1.', 'Reply 1 to comment 1.',
    ]);
    await click(await button(page, 'Load more comments'));
    await waitUntil(() => shownTexts(page).at(-1) === 'Reply 1 to comment 0.', 'the last page never came', SLOW);
  });

  it('a permalink opens the page that holds the comment, scrolls to it and highlights it', async () => {
    await seedConversation(thread, busyThread(130, 1));
    const page = await openBlogPage(attributes, { hash: '#comment-top-0112-reply-0' });
    const item = await waitUntil(() => itemSaying(page, 'Reply 0 to comment 112.'), 'the comment never showed', SLOW).then(() => itemSaying(page, 'Reply 0 to comment 112.')!);
    expect(item.classList.contains('highlighted')).to.equal(true);
    const box = item.getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(page.frame.contentWindow!.innerHeight);
    // Every page up to the third, which is the last: all 130 top-level comments, nothing more to load.
    expect(shownTexts(page).filter((text) => text?.startsWith('Top-level'))).to.have.length(130);
    expect(page.queries.queryByShadowRole(page.widget, 'button', { name: 'Load more comments' })).to.equal(null);
    expect(item.querySelector('a.permalink')?.getAttribute('href')).to.equal('#comment-top-0112-reply-0');
  });

  it('the author edits and deletes inside the window; others see both live; a deleted parent keeps its replies', async () => {
    const author = await openBlogPage(attributes);
    // Another person: a Firebase app of their own, so another anonymous account (two frames with the
    // same settings share one browser's sign-in, as two tabs do).
    const reader = await openBlogPage({ ...attributes, 'app-id': `1:000000000000:web:${crypto.randomUUID()}` });
    await postAs(author, 'First thoughts.', ada);
    await postAs(author, 'A typo hre.');
    // The reader was looking at the thread: the two comments wait for them.
    await click(await button(reader, '2 new comments'));
    await waitUntil(() => itemSaying(reader, 'A typo hre.'), 'the reader never saw the comments', SLOW);

    await click(await buttonOf(author, 'A typo hre.', 'Edit'));
    const box = await textbox(author, 'Edit your comment');
    expect(focused()).to.equal(box);
    // Select all and type over it, as a reader would.
    await sendKeys({ down: 'Control' });
    await press('a');
    await sendKeys({ up: 'Control' });
    await press('Backspace');
    await type(box, 'A typo here, fixed.');
    await click(await button(author, 'Save'));
    await waitUntil(() => itemSaying(author, 'A typo here, fixed.')?.querySelector('.edited'), 'never marked Edited', SLOW);
    await waitUntil(() => itemSaying(reader, 'A typo here, fixed.')?.querySelector('.edited'), 'the reader never saw the edit', SLOW);

    // The reader replies to the first comment; then its author deletes it.
    await click(await replyButtonOf(reader, 'First thoughts.'));
    await postAs(reader, 'A reply that stays.', { name: 'Grace', email: 'grace@example.com' });
    await click(await button(author, '1 new comment'));
    await waitUntil(() => itemSaying(author, 'A reply that stays.'), 'the author never saw the reply', SLOW);

    await click(await buttonOf(author, 'First thoughts.', 'Delete'));
    expect(await says(author, 'Delete your comment? This cannot be undone.')).to.exist;
    await waitUntil(confirmationHasFocus, 'the confirmation never had focus', SLOW);
    await click(await buttonOf(author, 'First thoughts.', 'Delete'));
    await says(author, 'This comment was deleted.');
    await says(reader, 'This comment was deleted.');
    expect(levelOf(reader, 'A reply that stays.')).to.equal(1);

    // The second by keyboard: Enter on its Delete, then on the question's Delete, which has focus.
    (await buttonOf(author, 'A typo here, fixed.', 'Delete')).focus();
    await press('Enter');
    await says(author, 'Delete your comment? This cannot be undone.');
    await waitUntil(confirmationHasFocus, 'the confirmation never had focus', SLOW);
    await press('Enter');
    await waitUntil(() => !itemSaying(reader, 'A typo here, fixed.'), 'the deleted comment stayed', SLOW).catch((error: Error) => {
      const shown = itemSaying(author, 'A typo here, fixed.')?.textContent?.replace(/\s+/g, ' ');
      throw new Error(`${error.message}; the author's page says: ${shown ?? '(nothing)'}`);
    });
    await heading(reader, `One thought on “${TITLE}”`);

    const stored = await readAllAsOwner(firestoreEmulator(), testEnvironment.projectId, ['threads', threadDocumentId(thread), 'comments']);
    const deleted = stored.filter(({ data }) => data['status'] === 'deleted');
    expect(deleted).to.have.length(2);
    for (const { data } of deleted) expect(JSON.stringify(data)).not.to.contain('Ada').and.not.to.contain('First thoughts');
  });

  it('a comment from another page waits behind "1 new comment" while the reader reads; nothing moves, the draft stays', async () => {
    await seedConversation(thread, busyThread(12, 0));
    const reader = await openBlogPage(attributes);
    const writer = await openBlogPage(attributes);
    await type(await textbox(reader, 'Comment'), 'Half a thought');
    const first = itemSaying(reader, 'Top-level comment 0.')!;
    first.scrollIntoView({ block: 'start' });
    const before = first.getBoundingClientRect().top;

    await postAs(writer, 'Breaking news.', ada);
    const notice = await button(reader, '1 new comment');
    expect(notice.closest('[aria-live="polite"]')).to.exist;
    expect(first.getBoundingClientRect().top).to.equal(before);
    expect(itemSaying(reader, 'Breaking news.')).to.equal(null);
    expect((await textbox(reader, 'Comment')).value).to.equal('Half a thought');

    await click(notice);
    await waitUntil(() => itemSaying(reader, 'Breaking news.'), 'the new comment never showed', SLOW);
    expect(focused()).to.equal(itemSaying(reader, 'Breaking news.'));
    expect((await textbox(reader, 'Comment')).value).to.equal('Half a thought');
    expect(await heading(reader, `13 thoughts on “${TITLE}”`)).to.exist;
  });

  it('a closed thread shows its comments and "Comments are closed.", no form and no Reply; closing it in Firestore does so live', async () => {
    await seedConversation(thread, busyThread(2, 0));
    const closed = await openBlogPage({ ...attributes, closed: '' });
    expect(await says(closed, 'Comments are closed.')).to.exist;
    expect(closed.queries.queryAllByShadowRole(closed.widget, 'button', { name: /^Reply to/ })).to.have.length(0);
    expect(closed.queries.queryByShadowRole(closed.widget, 'textbox', { name: 'Comment' })).to.equal(null);

    // The site owner (or a moderator) closes it while a reader writes: the page follows the thread
    // document. (The rules' refusal of a post to a closed thread, and its words, are the store's
    // tests: test/data/firestore-store.test.ts.)
    const page = await openBlogPage(attributes);
    const replies = () => page.queries.queryAllByShadowRole(page.widget, 'button').filter((shown) => shown.getAttribute('aria-label')?.startsWith('Reply to'));
    await type(await textbox(page, 'Comment'), 'Too late to the party.');
    expect(replies()).to.have.length(2);
    await writeAsOwner(firestoreEmulator(), testEnvironment.projectId, ['threads', threadDocumentId(thread)], { closed: true });
    expect(await says(page, 'Comments are closed.')).to.exist;
    await waitUntil(() => replies().length === 0, 'Reply stayed', SLOW);
    await waitUntil(() => !page.queries.queryByShadowRole(page.widget, 'textbox', { name: 'Comment' })?.checkVisibility(), 'the form stayed', SLOW);
  });
});

/** A comment's own button (Reply, Edit, Delete), found by role and name inside that comment. */
async function buttonOf(page: BlogPage, text: string, name: string): Promise<HTMLElement> {
  // The author's own comment shows at once, pending, with no buttons until the server has it.
  let found: HTMLElement | null = null;
  await waitUntil(() => {
    const article = itemSaying(page, text)?.querySelector<HTMLElement>(':scope > article');
    found = article ? page.queries.queryByShadowRole(article, 'button', { name }) : null;
    return found;
  }, `no "${name}" button on the comment that says "${text}"`, SLOW);
  return found!;
}

async function replyButtonOf(page: BlogPage, text: string): Promise<HTMLElement> {
  await waitUntil(() => itemSaying(page, text), `no comment says "${text}"`, SLOW);
  const author = itemSaying(page, text)!.querySelector(':scope > article .author')?.textContent ?? '';
  return buttonOf(page, text, `Reply to ${author}`);
}

/**
 * The question's own Delete has focus, not the comment's Delete that was just pressed (a click leaves
 * focus there until the question renders): the confirmation is a group of its own.
 */
function confirmationHasFocus(): boolean {
  const button = focused();
  return button?.textContent === 'Delete' && button.closest('[role="group"]') !== null;
}
