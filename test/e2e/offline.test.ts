/**
 * Nothing a reader posts is lost to a dropped connection: the comment waits in the browser, shows as
 * Pending (through a reload too), and is published exactly once when the network is back. The network
 * is a proxy to the emulator that the test cuts and restores (`network` in web-test-runner.config.js).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { readAllAsOwner, writeAsOwner } from '../../scripts/firestore-rest.js';
import { threadDocumentId } from '../../src/data/thread-id.js';
import { emulatorAttributes, firestoreEmulator, freshThread, testEnvironment } from '../support/environment.js';
import { closePages, openBlogPage, reload, signedInUid, type BlogPage } from '../support/pages.js';
import { seedConversation } from '../support/conversation.js';
import { clearSavedDrafts } from '../support/storage.js';
import { click, type } from '../support/user.js';

/** The SDK retries with a growing backoff: coming back can take it tens of seconds. */
const BACK = { timeout: 90_000 };

const network = (action: 'open' | 'down' | 'up', proxy?: string) => executeServerCommand<string, object>('network', { action, proxy });

const field = (page: BlogPage, name: string) =>
  page.queries.findByShadowRole(page.widget, 'textbox', { name }) as Promise<HTMLTextAreaElement>;

const stored = (thread: string) => readAllAsOwner(firestoreEmulator(), testEnvironment.projectId, ['threads', threadDocumentId(thread), 'comments']);

/** The comment as the thread shows it, and whether it carries the Pending mark. */
async function shownComment(page: BlogPage, text: string) {
  const paragraph = await page.queries.findByShadowText(page.widget, text, { exact: true }, BACK);
  const comment = paragraph.closest('article') ?? paragraph.parentElement!;
  const mark = comment.querySelector('.pending');
  return { comment, pending: () => Boolean(mark && !(mark as HTMLElement).hidden && mark.textContent === 'Pending') };
}

describe('Posting through a dropped connection (Firestore and Auth emulators)', function () {
  this.timeout(180_000);
  let proxy: string;
  let thread: string;

  beforeEach(async () => {
    clearSavedDrafts();
    thread = freshThread();
    proxy = await network('open');
  });

  afterEach(async () => {
    await closePages();
    await network('up', proxy).catch(() => {});
  });

  it('a comment posted offline is Pending, survives a reload, and is published once when the network returns', async () => {
    let page = await openBlogPage({ ...emulatorAttributes(), 'firestore-emulator': proxy, thread });
    await page.queries.findByShadowText(page.widget, 'No thoughts yet', { exact: false }, BACK);
    await type(await field(page, 'Comment'), 'Written on a train.');
    await type(await field(page, 'Name'), 'Ada');
    await type(await field(page, 'Email'), 'ada@example.com');

    await network('down', proxy);
    await click(await page.queries.findByShadowRole(page.widget, 'button', { name: 'Post Comment' }));
    const first = await shownComment(page, 'Written on a train.');
    await waitUntil(first.pending, 'the comment shows as Pending', BACK);
    // Text, not a RegExp: one from this realm fails the page's `instanceof` checks.
    await page.queries.findByShadowText(page.widget, 'Your comment is saved in this browser', { exact: false }, BACK);

    // The reader reloads while still offline: the comment is still there, still Pending, and so is the text.
    page = await reload(page);
    const again = await shownComment(page, 'Written on a train.');
    expect(again.pending()).to.equal(true);
    expect((await field(page, 'Comment')).value).to.equal('Written on a train.');
    expect(await stored(thread)).to.have.length(0);

    await network('up', proxy);
    await page.queries.findByShadowText(page.widget, 'Your comment was posted.', { exact: true }, BACK);
    const published = await shownComment(page, 'Written on a train.');
    await waitUntil(() => !published.pending(), 'the Pending mark goes', BACK);
    expect((await field(page, 'Comment')).value).to.equal('');

    const comments = await stored(thread);
    expect(comments.map((comment) => comment.data['text'])).to.deep.equal(['Written on a train.']);
  });

  it('two tabs that both send the same queued comment when the network returns publish it once', async () => {
    const attributes = { ...emulatorAttributes(), 'firestore-emulator': proxy, thread };
    const first = await openBlogPage(attributes);
    await type(await field(first, 'Comment'), 'Sent from two tabs.');
    await type(await field(first, 'Name'), 'Grace');
    await type(await field(first, 'Email'), 'grace@example.com');
    await network('down', proxy);
    await click(await first.queries.findByShadowRole(first.widget, 'button', { name: 'Post Comment' }));
    await waitUntil((await shownComment(first, 'Sent from two tabs.')).pending, 'Pending in the first tab', BACK);

    // A second tab of the same page finds the queued comment in this browser and sends it too.
    const second = await openBlogPage(attributes);
    await waitUntil((await shownComment(second, 'Sent from two tabs.')).pending, 'Pending in the second tab', BACK);

    await network('up', proxy);
    for (const page of [first, second]) {
      const shown = await shownComment(page, 'Sent from two tabs.');
      await waitUntil(() => !shown.pending(), 'published in both tabs', BACK);
    }
    await first.queries.findByShadowText(first.widget, 'Your comment was posted.', { exact: true }, BACK);
    const comments = await stored(thread);
    expect(comments, 'exactly once').to.have.length(1);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('leave-a-reply:outbox:')), 'the outbox is empty').to.deep.equal([]);
  });

  it('drafts, one per reply target, survive a closed tab and a refused post, and go only when the server accepts', async () => {
    await seedConversation(thread, [{ id: 'first', name: 'Alan', text: 'The first comment.', createdAt: new Date(Date.UTC(2026, 10, 1)) }]);
    const attributes = { ...emulatorAttributes(), thread };
    let page = await openBlogPage(attributes);
    await type(await field(page, 'Comment'), 'A thought for the post.');
    await click(await page.queries.findByShadowRole(page.widget, 'button', { name: 'Reply to Alan' }, BACK));
    await type(await field(page, 'Comment'), 'An answer to Alan.');

    // The tab is closed, and the reader comes back later.
    page.frame.remove();
    page = await openBlogPage(attributes);
    expect((await field(page, 'Comment')).value).to.equal('A thought for the post.');
    await click(await page.queries.findByShadowRole(page.widget, 'button', { name: 'Reply to Alan' }, BACK));
    expect((await field(page, 'Comment')).value).to.equal('An answer to Alan.');

    // Refused (a moderator blocked this reader meanwhile): the text stays, through a reload too. A
    // closed thread would not do: the page hears of it and takes the form away before any post.
    await click(await page.queries.findByShadowRole(page.widget, 'button', { name: 'Cancel reply' }));
    await type(await field(page, 'Name'), 'Ada');
    await type(await field(page, 'Email'), 'ada@example.com');
    let uid: string | null = null;
    await waitUntil(async () => (uid = await signedInUid(page)), 'the form never signed the guest in', BACK);
    const marker = ['authors', uid ?? ''];
    await writeAsOwner(firestoreEmulator(), testEnvironment.projectId, marker, { blocked: true });
    await click(await page.queries.findByShadowRole(page.widget, 'button', { name: 'Post Comment' }));
    await page.queries.findByShadowText(page.widget, 'You can no longer comment on this site. Your text is still here.', { exact: true }, BACK);
    page = await reload(page);
    expect((await field(page, 'Comment')).value).to.equal('A thought for the post.');

    // Unblocked, and accepted: only now does the draft go, and the reply's stays.
    await writeAsOwner(firestoreEmulator(), testEnvironment.projectId, marker, { blocked: false });
    await click(await page.queries.findByShadowRole(page.widget, 'button', { name: 'Post Comment' }));
    await page.queries.findByShadowText(page.widget, 'Your comment was posted.', { exact: true }, BACK);
    expect((await field(page, 'Comment')).value).to.equal('');
    page = await reload(page);
    expect((await field(page, 'Comment')).value).to.equal('');
    await click(await page.queries.findByShadowRole(page.widget, 'button', { name: 'Reply to Alan' }, BACK));
    expect((await field(page, 'Comment')).value).to.equal('An answer to Alan.');
  });
});
