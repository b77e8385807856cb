import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/define.js';
import { commentTemplate } from '../../src/components/comment/comment.js';
import { english } from '../../src/i18n/localization.js';
import { TOP_LEVEL, type Comment as StoredComment } from '../../src/model/comment.js';
import type { LeaveAReply } from '../../src/components/leave-a-reply/leave-a-reply.js';
import { StoreError, type ThreadListener } from '../../src/data/store.js';
import type { CommentPostedEvent } from '../../src/events.js';
import { comment, MemoryStore } from '../support/memory-store.js';
import { queryByShadowText } from 'shadow-dom-testing-library';
import { findAllByShadowRole, findByShadowRole, findByShadowText, queryByShadowRole, renderedComments } from '../support/queries.js';
import { clearSavedDrafts } from '../support/storage.js';
import { click, type } from '../support/user.js';

/** What a store reports: these comments, in one page, counted by the test. */
function snapshot(comments: StoredComment[], synced: boolean) {
  return { comments, more: null, count: null, synced, held: [], closed: null, pinned: null };
}

/** A store that answers only when the test says so, through `listener()`. */
function silentStore() {
  const store = new MemoryStore();
  let listener: ThreadListener | undefined;
  store.watchThread = (_key, _view, given) => {
    listener = given;
    return { loadMore: async () => {}, stop: () => {} };
  };
  return { store, listener: () => listener! };
}

async function widget(store: MemoryStore, attributes = html``) {
  const el = await fixture<LeaveAReply>(
    html`<leave-a-reply thread="/post" post-title="Night Train" .store=${store}>${attributes}</leave-a-reply>`,
  );
  return el;
}

describe('<leave-a-reply>', () => {
  beforeEach(clearSavedDrafts);

  it('passes an accessibility audit, with comments and with none', async () => {
    await expect(await widget(new MemoryStore({ '/post': [comment()] }))).to.be.accessible();
    await expect(await widget(new MemoryStore())).to.be.accessible();
  });

  it('says how many thoughts there are, in words', async () => {
    const store = new MemoryStore();
    const el = await widget(store);
    expect(await findByShadowRole(el, 'heading', { name: 'No thoughts yet on “Night Train”' })).to.exist;

    store.add('/post', comment());
    expect(await findByShadowRole(el, 'heading', { name: 'One thought on “Night Train”' })).to.exist;

    store.add('/post', comment());
    expect(await findByShadowRole(el, 'heading', { name: '2 thoughts on “Night Train”' })).to.exist;

    for (let i = 0; i < 1000; i++) store.add('/post', comment());
    expect(await findByShadowRole(el, 'heading', { name: '1,002 thoughts on “Night Train”' })).to.exist;
  });

  it('lists comments in the order the store gives them, oldest first, with name, date and text', async () => {
    const el = await widget(
      new MemoryStore({
        '/post': [
          comment({ author: { uid: 'someone', name: 'Ada', website: null, provider: 'guest', avatar: null }, text: 'First.', createdAt: new Date('2026-11-01T09:00:00Z') }),
          comment({ author: { uid: 'someone', name: 'Grace', website: null, provider: 'guest', avatar: null }, text: 'Second.', createdAt: new Date('2026-11-02T09:00:00Z') }),
        ],
      }),
    );
    await findAllByShadowRole(el, 'listitem');
    const items = renderedComments(el);
    // What a screen reader reads: the avatar's initials are decorative (aria-hidden).
    const readable = (item: HTMLElement) => {
      const copy = item.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      return copy.textContent?.replace(/\s+/g, ' ').trim();
    };
    expect(items.map(readable)).to.deep.equal([
      `Ada says: ${new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date('2026-11-01T09:00:00Z'))} First. Reply`,
      `Grace says: ${new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date('2026-11-02T09:00:00Z'))} Second. Reply`,
    ]);
    const time = items[0]?.querySelector('time');
    expect(time?.dateTime).to.equal('2026-11-01T09:00:00.000Z');
  });

  it("writes dates in the page's language from the first render", async () => {
    const date = new Date('2026-11-01T21:05:00Z');
    const store = new MemoryStore({ '/post': [comment({ createdAt: date })] });
    const page = await fixture(html`<div lang="en-GB"><leave-a-reply thread="/post" .store=${store}></leave-a-reply></div>`);
    const el = page.querySelector('leave-a-reply')!;
    await waitUntil(() => renderedComments(el).length === 1, 'no comment');
    const british = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(date);
    expect(renderedComments(el)[0]?.querySelector('time')?.textContent).to.equal(british);
    expect(british).to.not.equal(new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(date));
  });

  it("links the author's name to their website only when it is an http(s) address", async () => {
    const el = await widget(
      new MemoryStore({
        '/post': [
          comment({ author: { uid: 'someone', name: 'Linked', website: 'https://ada.example/', provider: 'guest', avatar: null } }),
          comment({ author: { uid: 'someone', name: 'Scripted', website: 'javascript:alert(1)', provider: 'guest', avatar: null } }),
        ],
      }),
    );
    const link = await findByShadowRole(el, 'link', { name: 'Linked' });
    expect(link.getAttribute('href')).to.equal('https://ada.example/');
    expect(link.getAttribute('rel')).to.equal('external nofollow ugc noopener noreferrer');
    expect(await findByShadowText(el, 'Scripted')).to.exist;
    expect(queryByShadowRole(el, 'link', { name: 'Scripted' })).to.equal(null);
  });

  it('shows a comment someone else posts without a reload, behind "1 new comment" while the thread is on screen', async () => {
    const store = new MemoryStore();
    const el = await widget(store);
    await findByShadowRole(el, 'heading', { name: /No thoughts yet/ });
    store.add('/post', comment({ text: 'Hello from another tab.' }));
    await click(await findByShadowRole(el, 'button', { name: '1 new comment' }));
    expect(await findByShadowText(el, 'Hello from another tab.')).to.exist;
    expect(queryByShadowRole(el, 'button', { name: /new comment/ })).to.equal(null);
  });

  it('posts the draft to its thread and tells the page with lar-comment-posted', async () => {
    const store = new MemoryStore();
    const el = await widget(store);
    await type(await findByShadowRole(el, 'textbox', { name: 'Comment' }), 'Lovely film.');
    await type(await findByShadowRole(el, 'textbox', { name: 'Name' }), 'Ada');
    await type(await findByShadowRole(el, 'textbox', { name: 'Email' }), 'ada@example.com');
    const posted = oneEvent(document, 'lar-comment-posted') as unknown as Promise<CommentPostedEvent>;
    await click(await findByShadowRole(el, 'button', { name: 'Post Comment' }));
    expect((await posted).thread).to.equal('/post');
    expect(store.posted).to.deep.equal([
      { threadKey: '/post', draft: { text: 'Lovely film.', name: 'Ada', email: 'ada@example.com', website: '' }, place: TOP_LEVEL },
    ]);
    expect(await findByShadowText(el, 'Lovely film.')).to.exist;
  });

  it('says the comments could not be loaded when the store fails, and tells the site owner why', async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (message: string) => logged.push(message);
    after(() => (console.error = original));
    const store = new MemoryStore({ '/post': [comment({ text: 'Here after all.' })] });
    const watchThread = store.watchThread.bind(store);
    let watches = 0;
    // The first watch fails; the one Try again starts answers.
    store.watchThread = (key, view, listener) => {
      if (++watches > 1) return watchThread(key, view, listener);
      queueMicrotask(() => listener.error(new StoreError('unknown', 'broken')));
      return { loadMore: async () => {}, stop: () => {} };
    };
    const el = await widget(store);
    const notice = await findByShadowText(el, 'Comments could not be loaded.');
    expect(notice.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
    console.error = original;
    expect(logged).to.deep.equal(['leave-a-reply: broken']);

    await click(await findByShadowRole(el, 'button', { name: 'Try again' }));
    expect(await findByShadowText(el, 'Here after all.')).to.exist;
    expect(queryByShadowRole(el, 'button', { name: 'Try again' })).to.equal(null);
    expect(watches).to.equal(2);
  });

  it('keeps the comments shown when the live updates stop, says so, and Try again follows the thread afresh', async () => {
    const { store, listener } = silentStore();
    const el = await widget(store);
    const here = comment({ text: 'Already here.' });
    await waitUntil(() => listener(), 'never subscribed');
    listener().next(snapshot([here], true));
    expect(await findByShadowText(el, 'Already here.')).to.exist;
    const first = listener();
    first.error(new StoreError('offline', 'The comments server could not be reached.'));
    expect((await findByShadowText(el, 'New comments cannot be shown right now.')).getAttribute('role')).to.equal('alert');
    expect(await findByShadowText(el, 'Already here.')).to.exist;

    await click(await findByShadowRole(el, 'button', { name: 'Try again' }));
    await waitUntil(() => listener() !== first, 'Try again did not follow the thread again');
    // What was shown stays while the store starts over.
    expect(await findByShadowText(el, 'Already here.')).to.exist;
    listener().next(snapshot([here], true));
    await waitUntil(() => !queryByShadowRole(el, 'button', { name: 'Try again' }), 'the notice stayed');
    expect(renderedComments(el)).to.have.length(1);
    expect(queryByShadowText(el, 'New comments cannot be shown right now.')).to.equal(null);
  });

  it('says it is waiting for a connection while the store can only answer from its cache', async () => {
    const { store, listener } = silentStore();
    const el = await widget(store);
    expect((await findByShadowText(el, 'Loading comments…')).getAttribute('role')).to.equal('status');
    listener().next(snapshot([], false));
    expect(await findByShadowText(el, 'Waiting for a connection to load the comments…')).to.exist;
    listener().next(snapshot([comment({ text: 'From the cache.' })], false));
    expect(await findByShadowText(el, 'From the cache.')).to.exist;
    listener().next(snapshot([], true));
    expect(await findByShadowRole(el, 'heading', { name: 'No thoughts yet on “Night Train”' })).to.exist;
  });

  it('keeps its space while loading, and shows the form below the comments once they are there', async () => {
    const { store, listener } = silentStore();
    const el = await widget(store);
    const loading = await findByShadowText(el, 'Loading comments…');
    // The space the comments will take (--lar-reserved-height, 30em), and no form to push down yet.
    expect(el.getBoundingClientRect().height).to.be.at.least(30 * parseFloat(getComputedStyle(el).fontSize) - 1);
    const form = el.shadowRoot?.querySelector('lar-comment-form');
    expect(form?.assignedSlot).to.equal(null);
    expect(loading.getBoundingClientRect().height).to.be.greaterThan(0);

    listener().next(snapshot([comment({ text: 'Here at last.' })], true));
    expect(await findByShadowText(el, 'Here at last.')).to.exist;
    await waitUntil(() => form?.assignedSlot, 'the form never appeared');
    const [shownComment] = renderedComments(el);
    expect(form!.getBoundingClientRect().top).to.be.greaterThan(shownComment!.getBoundingClientRect().bottom - 1);
  });

  it('unsubscribes when removed from the page and subscribes again when put back', async () => {
    const store = new MemoryStore();
    const el = await widget(store);
    await waitUntil(() => store.openSubscriptions === 1, 'never subscribed');
    const parent = el.parentElement!;
    el.remove();
    expect(store.openSubscriptions).to.equal(0);
    parent.append(el);
    expect(store.openSubscriptions).to.equal(1);
  });
});

describe('<leave-a-reply> with a site owner mistake', () => {
  let errors: string[];
  const original = console.error;
  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
  });
  afterEach(() => {
    console.error = original;
  });

  it('without project-id: a short message in place of the widget, and a console error naming the fix', async () => {
    const el = await fixture<LeaveAReply>(html`<leave-a-reply api-key="k"></leave-a-reply>`);
    expect(el.shadowRoot?.textContent?.trim()).to.equal('Comments are unavailable on this page.');
    expect(queryByShadowRole(el, 'textbox')).to.equal(null);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('"project-id" attribute is missing').and.contain('Project settings');
  });

  it('with a malformed project-id and emulator address: one console error for each, naming the attribute', async () => {
    await fixture(html`<leave-a-reply project-id="My Blog" api-key="k" firestore-emulator="localhost"></leave-a-reply>`);
    expect(errors).to.have.length(2);
    expect(errors[0]).to.contain('project-id="My Blog"');
    expect(errors[1]).to.contain('firestore-emulator="localhost"').and.contain('127.0.0.1:8080');
  });

  it('stops listening when a correct attribute is broken', async () => {
    const store = new MemoryStore();
    const el = await fixture<LeaveAReply>(html`<leave-a-reply thread="/post" .store=${store}></leave-a-reply>`);
    await waitUntil(() => store.openSubscriptions === 1, 'never subscribed');
    el.setAttribute('thread', 'é'.repeat(300));
    await el.updateComplete;
    expect(store.openSubscriptions).to.equal(0);
    expect(el.shadowRoot?.textContent?.trim()).to.equal('Comments are unavailable on this page.');
  });

  it('recovers when the attribute is corrected', async () => {
    // Port 9 (discard): nothing answers, so nothing leaves this machine, and the reader is told so.
    const el = await fixture<LeaveAReply>(
      html`<leave-a-reply api-key="k" thread="/post" firestore-emulator="127.0.0.1:9"></leave-a-reply>`,
    );
    expect(queryByShadowRole(el, 'textbox', { name: 'Comment' })).to.equal(null);
    el.setAttribute('project-id', 'my-blog-1a2b3');
    expect(await findByShadowRole(el, 'textbox', { name: 'Comment' })).to.exist;
    const notice = await findByShadowText(el, 'Comments could not be loaded.');
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(await findByShadowRole(el, 'button', { name: 'Try again' })).to.exist;
  });

  it('draws avatars: the stored https picture over initials, initials only with avatars="off"', async () => {
    const ada = comment({ author: { uid: 'someone', name: 'Ada Lovelace', website: null, provider: 'google', avatar: 'https://avatars.example/ada.png' } });
    const grace = comment({ author: { uid: 'someone', name: 'Grace', website: null, provider: 'guest', avatar: 'javascript:alert(1)' } });
    // Rendered apart from the page: a lazy image outside the document is never fetched, so it cannot
    // fail and be replaced by the initials (this machine has no internet) before it is looked at.
    const drawn = (item: StoredComment, avatars: boolean) => {
      const list = document.createElement('ol');
      render(commentTemplate(item, { l10n: english, avatars, now: Date.now(), reply: true, change: false }), list);
      return list;
    };
    expect(drawn(ada, true).querySelector('.avatar')?.getAttribute('aria-hidden')).to.equal('true');
    expect(drawn(ada, true).querySelector('.avatar .initials')?.textContent).to.equal('AL');
    expect(drawn(ada, true).querySelector('.avatar img')?.getAttribute('src')).to.equal('https://avatars.example/ada.png');
    expect(drawn(ada, true).querySelector('.provider')?.textContent?.trim()).to.equal('(signed in with Google)');
    expect(drawn(ada, false).querySelector('.avatar img')).to.equal(null);
    // Not https: never loaded. A guest has no provider mark.
    expect(drawn(grace, true).querySelector('.avatar img')).to.equal(null);
    expect(drawn(grace, true).querySelector('.provider')).to.equal(null);

    const el = await widget(new MemoryStore({ '/post': [ada] }));
    el.setAttribute('avatars', 'off');
    await waitUntil(() => renderedComments(el).length === 1, 'no comment');
    expect(renderedComments(el)[0]?.querySelector('.avatar img')).to.equal(null);
    expect(renderedComments(el)[0]?.querySelector('.avatar .initials')?.textContent).to.equal('AL');
  });
});
