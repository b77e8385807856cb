/**
 * A moderator's queue and buttons, rendered over the memory store (which passes the same contract as
 * FirestoreStore): what shows for a moderator and for everyone else, the labels, the questions before
 * what destroys, and the actions the store receives. Moderation across Firestore, with the rules, is
 * test/e2e/moderation.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { LeaveAReply } from '../../src/components/leave-a-reply/leave-a-reply.js';
import type { Account } from '../../src/model/identity.js';
import { signedInAs } from '../support/accounts.js';
import { comment, MemoryStore } from '../support/memory-store.js';
import { findByShadowRole, findByShadowText, queryByShadowRole, renderedComments } from '../support/queries.js';
import { clearSavedDrafts } from '../support/storage.js';
import { click, focused, press } from '../support/user.js';

const MODERATOR: Account = { uid: 'mod', provider: 'google', name: 'Mo Derator', avatar: null, moderator: true };

async function widget(store: MemoryStore, account: Account | null) {
  return fixture<LeaveAReply>(
    html`<leave-a-reply thread="/post" post-title="Night Train" loading="eager" .store=${store} .accounts=${signedInAs(account)}></leave-a-reply>`,
  );
}

const button = (el: HTMLElement, name: string) => findByShadowRole(el, 'button', { name }, { timeout: 5000 });

describe('Moderation in <lar-comment-thread>', () => {
  let store: MemoryStore;

  beforeEach(() => {
    clearSavedDrafts();
    store = new MemoryStore({
      '/post': [
        comment({ id: 'ada', text: 'Published.', author: { uid: 'ada', name: 'Ada', website: null, provider: 'guest', avatar: null } }),
        { ...comment({ id: 'grace', text: 'Held.', author: { uid: 'grace', name: 'Grace', website: null, provider: 'guest', avatar: null } }), status: 'pending' },
        { ...comment({ id: 'spam', text: 'Buy now.', author: { uid: 'bot', name: 'Bot', website: null, provider: 'guest', avatar: null } }), status: 'spam' },
      ],
    });
  });

  it('shows a reader nothing of moderation: no queue, no buttons, no held comment of others', async () => {
    const el = await widget(store, null);
    await findByShadowText(el, 'Published.');
    expect(renderedComments(el).map((shown) => shown.querySelector('.content')?.textContent?.trim())).to.deep.equal(['Published.']);
    expect(queryByShadowRole(el, 'button', { name: 'Pending (1)' })).to.equal(null);
    expect(queryByShadowRole(el, 'button', { name: 'Delete the comment by Ada' })).to.equal(null);
    expect(queryByShadowRole(el, 'button', { name: 'Close comments' })).to.equal(null);
  });

  it('gives a moderator the queue, collapsed, with spam apart, and approves from it', async () => {
    store.moderator = true;
    const el = await widget(store, MODERATOR);
    const queue = await button(el, 'Pending (1)');
    expect(queue.getAttribute('aria-expanded')).to.equal('false');
    await click(queue);
    expect(queue.getAttribute('aria-expanded')).to.equal('true');
    const spam = await button(el, 'Spam (1)');
    expect(spam.getAttribute('aria-expanded')).to.equal('false');
    expect(await button(el, 'Block author Grace')).to.exist;

    await click(await button(el, 'Approve the comment by Grace'));
    await button(el, 'Pending (0)');
    // Like any comment that arrives while the reader reads, it waits behind the notice, not moving the page.
    await click(await button(el, '1 new comment'));
    expect(store.log).to.deep.equal([{ action: 'approve', threadKey: '/post', commentId: 'grace', subject: 'grace' }]);
    expect(store.standings.get('grace')).to.deep.equal({ trusted: true });
    await waitUntil(() => renderedComments(el).some((shown) => shown.textContent?.includes('Held.')), 'the approved comment never joined the thread');
    await expect(el).to.be.accessible();
  });

  it('asks before Delete, Spam and Block author, with focus on the question; Cancel returns to the buttons', async () => {
    store.moderator = true;
    const el = await widget(store, MODERATOR);
    await click(await button(el, 'Delete the comment by Ada'));
    expect(await findByShadowText(el, 'Delete the comment by Ada? This cannot be undone.')).to.exist;
    await waitUntil(() => focused()?.textContent?.trim() === 'Delete', 'the question never had focus');
    await click(await button(el, 'Cancel'));
    await waitUntil(() => focused()?.getAttribute('aria-label') === 'Unapprove the comment by Ada', 'focus did not return to the buttons');
    expect(store.log).to.deep.equal([]);

    await click(await button(el, 'Block author Ada'));
    expect(await findByShadowText(el, 'Block Ada? They will no longer be able to comment on this site.')).to.exist;
    await waitUntil(() => focused()?.textContent?.trim() === 'Block author', 'the question never had focus');
    await press('Enter');
    expect(await button(el, 'Unblock author Ada')).to.exist;
    expect(store.standings.get('ada')).to.deep.equal({ blocked: true });
  });

  it('after a late answer, focus goes back to the comment only if the reader is still there', async () => {
    store.moderator = true;
    const el = await widget(store, MODERATOR);
    let answer = () => {};
    store.answerLater = new Promise((resolve) => (answer = resolve));
    // Pin, and stay: the answer brings focus back to the comment's buttons.
    await click(await button(el, 'Pin to top the comment by Ada'));
    answer();
    await button(el, 'Unpin the comment by Ada');
    await waitUntil(() => focused()?.getAttribute('aria-label') === 'Unapprove the comment by Ada', 'focus never came back to the buttons');

    // Unpin, then move on to the form before the answer: focus stays in the form.
    store.answerLater = new Promise((resolve) => (answer = resolve));
    await click(await button(el, 'Unpin the comment by Ada'));
    const text = await findByShadowRole(el, 'textbox', { name: 'Comment' });
    await click(text);
    answer();
    await button(el, 'Pin to top the comment by Ada');
    await waitUntil(() => !queryByShadowRole(el, 'button', { name: 'Unpin the comment by Ada' }), 'never answered');
    await el.updateComplete;
    // Compared as a boolean: a failing comparison of two elements would print the whole DOM.
    expect(focused() === text, `focus moved to ${focused()?.outerHTML.slice(0, 80)}`).to.equal(true);
    expect(store.log.map(({ action }) => action)).to.deep.equal(['pin', 'unpin']);
  });

  it('a comment pinned from another page moves to the top, and keeps the reader\'s focus', async () => {
    const later = comment({ id: 'later', text: 'Later.', createdAt: new Date('2026-11-21T10:00:00Z'), author: { uid: 'alan', name: 'Alan', website: null, provider: 'guest', avatar: null } });
    // Three comments: the list moves the pinned one itself (with two, it would move the other).
    store.add('/post', comment({ id: 'mid', text: 'Between.', createdAt: new Date('2026-11-20T12:00:00Z') }));
    store.add('/post', later);
    const el = await widget(store, null);
    const reply = await button(el, 'Reply to Alan');
    reply.focus();
    store.moderator = true;
    await store.moderate('/post', { kind: 'pin', comment: later });
    await waitUntil(() => renderedComments(el)[0]?.textContent?.includes('Later.'), 'the pinned comment never moved up');
    expect(focused() === reply, `focus moved to ${focused()?.outerHTML.slice(0, 80)}`).to.equal(true);
  });

  it('pins a comment for every reader, and closes the thread: the form goes, Reopen brings it back', async () => {
    store.add('/post', comment({ id: 'later', text: 'Later.', createdAt: new Date('2026-11-21T10:00:00Z'), author: { uid: 'alan', name: 'Alan', website: null, provider: 'guest', avatar: null } }));
    store.moderator = true;
    const el = await widget(store, MODERATOR);
    await click(await button(el, 'Pin to top the comment by Ada'));
    await button(el, 'Unpin the comment by Ada');
    store.moderator = false;
    const reader = await widget(store, null);
    await findByShadowText(reader, 'Pinned');
    expect(renderedComments(reader)[0]?.querySelector('.pinned')?.textContent).to.equal('Pinned');

    store.moderator = true;
    await click(await button(el, 'Close comments'));
    expect(await findByShadowText(el, 'Comments are closed.')).to.exist;
    await button(el, 'Reopen comments');
    expect(el.shadowRoot?.querySelector('lar-comment-form')?.assignedSlot ?? null).to.equal(null);
    await click(await button(el, 'Reopen comments'));
    await waitUntil(() => el.shadowRoot?.querySelector('lar-comment-form')?.assignedSlot, 'the form never came back');
    expect(store.log.map(({ action }) => action)).to.deep.equal(['pin', 'close', 'reopen']);
  });
});
