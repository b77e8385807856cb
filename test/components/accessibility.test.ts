/**
 * axe-core finds nothing wrong in any state a reader or a moderator can bring the widget to: empty, a
 * thread, form errors, posting, signed in, a reply open, editing, the moderation queue, closed, and an
 * error. Real Chromium, the widget over the memory store (the store's contract is FirestoreStore's);
 * each state is reached by clicking and typing, as a reader would.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { LeaveAReply } from '../../src/components/leave-a-reply/leave-a-reply.js';
import { StoreError } from '../../src/data/store.js';
import type { Account } from '../../src/model/identity.js';
import { MODERATOR, READER, signedInAs } from '../support/accounts.js';
import { MemoryStore, threadToModerate } from '../support/memory-store.js';
import { findByShadowRole, findByShadowText } from '../support/queries.js';
import { clearSavedDrafts } from '../support/storage.js';
import { click, type } from '../support/user.js';

async function widget(store: MemoryStore, account: Account | null, closed = false) {
  return fixture<LeaveAReply>(
    html`<leave-a-reply thread="/post" post-title="Night Train" loading="eager" ?closed=${closed} .store=${store} .accounts=${signedInAs(account)}></leave-a-reply>`,
  );
}

const button = (el: HTMLElement, name: string) => findByShadowRole(el, 'button', { name }, { timeout: 5000 });

describe('Accessibility in every state (axe-core)', () => {
  beforeEach(clearSavedDrafts);

  it('empty, and a thread with replies', async () => {
    const empty = await widget(new MemoryStore(), null);
    await findByShadowRole(empty, 'heading', { name: 'No thoughts yet on “Night Train”' });
    await expect(empty).to.be.accessible();
    const full = await widget(threadToModerate(), null);
    await findByShadowText(full, 'Agreed.');
    await expect(full).to.be.accessible();
  });

  it('form errors, then posting', async () => {
    const store = threadToModerate();
    const el = await widget(store, null);
    await click(await button(el, 'Post Comment'));
    await findByShadowText(el, 'Please type your comment.');
    await expect(el).to.be.accessible();

    let answer = () => {};
    store.answerLater = new Promise((resolve) => (answer = resolve));
    await type((await findByShadowRole(el, 'textbox', { name: 'Comment' })) as HTMLTextAreaElement, 'A fair point.');
    await type((await findByShadowRole(el, 'textbox', { name: 'Email' })) as HTMLInputElement, 'grace@example.com');
    await type((await findByShadowRole(el, 'textbox', { name: 'Name' })) as HTMLInputElement, 'Grace');
    await click(await button(el, 'Post Comment'));
    await findByShadowText(el, 'Pending');
    await expect(el).to.be.accessible();
    answer();
    await findByShadowText(el, 'Your comment was posted.');
    await expect(el).to.be.accessible();
  });

  it('signed in, with a reply open, and editing', async () => {
    const el = await widget(threadToModerate(), READER);
    await findByShadowText(el, 'You are commenting using your Google account.', { exact: false });
    await expect(el).to.be.accessible();

    await click(await button(el, 'Reply to Ada'));
    await findByShadowRole(el, 'heading', { name: 'Leave a Reply to Ada' });
    await expect(el).to.be.accessible();

    await click(await button(el, 'Edit'));
    await findByShadowRole(el, 'textbox', { name: 'Edit your comment' });
    await expect(el).to.be.accessible();
    await click(await button(el, 'Cancel'));
    await click(await button(el, 'Delete'));
    await findByShadowText(el, 'Delete your comment? This cannot be undone.');
    await expect(el).to.be.accessible();
  });

  it('the moderation queue, open, and a question before a moderator deletes', async () => {
    const store = threadToModerate();
    store.moderator = true;
    const el = await widget(store, MODERATOR);
    await click(await button(el, 'Pending (1)'));
    await findByShadowText(el, 'Buy cheap pills.');
    await expect(el).to.be.accessible();
    await click(await button(el, 'Delete the comment by Bot'));
    await findByShadowText(el, 'Delete the comment by Bot? This cannot be undone.');
    await expect(el).to.be.accessible();
  });

  it('closed, and the error when the comments cannot be loaded', async () => {
    const closed = await widget(threadToModerate(), null, true);
    await findByShadowText(closed, 'Comments are closed.');
    await expect(closed).to.be.accessible();

    const broken = threadToModerate();
    broken.watchThread = (_key, _view, listener) => {
      queueMicrotask(() => listener.error(new StoreError('unknown', 'broken')));
      return { loadMore: async () => {}, stop: () => {} };
    };
    const original = console.error;
    console.error = () => {};
    try {
      const el = await widget(broken, null);
      await findByShadowText(el, 'Comments could not be loaded.');
      await waitUntil(() => el.shadowRoot?.querySelector('lar-comment-thread')?.shadowRoot?.querySelector('button'), 'no Try again');
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
    }
  });
});
