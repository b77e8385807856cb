/**
 * The widget in the page's language, as a reader sees it: Arabic right to left on a left-to-right
 * page, Polish loaded on demand (English first, then Polish), and a moderator's buttons in Polish.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/define.js';
import type { LeaveAReply } from '../../src/components/leave-a-reply/leave-a-reply.js';
import type { AccountService } from '../../src/data/accounts.js';
import type { Account } from '../../src/model/identity.js';
import { comment, MemoryStore } from '../support/memory-store.js';
import { findByShadowRole } from '../support/queries.js';
import { clearSavedDrafts } from '../support/storage.js';

/** The locale modules the page has fetched so far, by file name. */
const fetchedLocales = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/src\/i18n\/([\w-]+)\.ts/.exec(entry.name)?.[1])
    .filter((name): name is string => !!name && name !== 'localization' && name !== 'messages' && name !== 'en');

async function widget(store: MemoryStore, lang: string, { dir, accounts }: { dir?: string; accounts?: AccountService } = {}) {
  return fixture<LeaveAReply>(
    html`<leave-a-reply lang=${lang} dir=${ifDefined(dir)} thread="/post" post-title="Night Train" loading="eager" .store=${store} .accounts=${accounts ?? null}></leave-a-reply>`,
  );
}

/** The section the widget renders everything in. */
const root = (el: LeaveAReply) => el.shadowRoot!.querySelector('section')!;

describe('<leave-a-reply> in the page\'s language', () => {
  beforeEach(clearSavedDrafts);

  it('loads Polish only when a Polish widget asks for it: English at first, then Polish, with its plurals', async () => {
    expect(fetchedLocales()).to.not.include('pl');
    const store = new MemoryStore();
    const el = await widget(store, 'pl');
    expect(await findByShadowRole(el, 'heading', { name: 'Nie ma jeszcze komentarzy do „Night Train”' })).to.exist;
    expect(fetchedLocales()).to.include('pl');
    // Only Polish: no other language was downloaded.
    expect(fetchedLocales().filter((name) => !name.includes('moderation'))).to.deep.equal(['pl']);
    expect(await findByShadowRole(el, 'heading', { name: 'Dodaj komentarz' })).to.exist;
    expect(await findByShadowRole(el, 'button', { name: 'Opublikuj komentarz' })).to.exist;

    store.add('/post', comment());
    expect(await findByShadowRole(el, 'heading', { name: 'Jeden komentarz do „Night Train”' })).to.exist;
    store.add('/post', comment());
    expect(await findByShadowRole(el, 'heading', { name: '2 komentarze do „Night Train”' })).to.exist;
    for (let i = 0; i < 3; i++) store.add('/post', comment());
    expect(await findByShadowRole(el, 'heading', { name: '5 komentarzy do „Night Train”' })).to.exist;
    expect(root(el).getAttribute('dir')).to.equal('ltr');
  });

  it('renders Arabic right to left on a left-to-right page, leaving the page\'s own attributes alone', async () => {
    expect(getComputedStyle(document.documentElement).direction).to.equal('ltr');
    const el = await widget(new MemoryStore({ '/post': [comment(), comment()] }), 'ar');
    const heading = await findByShadowRole(el, 'heading', { name: 'تعليقان على «Night Train»' });
    expect(getComputedStyle(heading).direction).to.equal('rtl');
    expect(root(el).getAttribute('dir')).to.equal('rtl');
    expect(await findByShadowRole(el, 'heading', { name: 'أضف تعليقاً' })).to.exist;
    const submit = await findByShadowRole(el, 'button', { name: 'إرسال التعليق' });
    expect(getComputedStyle(submit).direction).to.equal('rtl');
    // The widget sets its own root's direction, not the page's element's.
    expect(el.hasAttribute('dir')).to.equal(false);
  });

  it('keeps the direction the page gave the element', async () => {
    const el = await widget(new MemoryStore(), 'ar', { dir: 'ltr' });
    const heading = await findByShadowRole(el, 'heading', { name: 'لا توجد تعليقات على «Night Train»' });
    expect(root(el).hasAttribute('dir')).to.equal(false);
    expect(getComputedStyle(heading).direction).to.equal('ltr');
  });

  it('marks its words English on a page in a language it does not speak, so screen readers read them as English', async () => {
    const swedish = await widget(new MemoryStore(), 'sv-SE');
    expect(await findByShadowRole(swedish, 'heading', { name: 'No thoughts yet on “Night Train”' })).to.exist;
    expect(root(swedish).getAttribute('lang')).to.equal('en');
    const polish = await widget(new MemoryStore(), 'pl-PL');
    await findByShadowRole(polish, 'heading', { name: 'Dodaj komentarz' });
    expect(root(polish).getAttribute('lang')).to.equal('pl-PL');
  });

  it('gives a Polish moderator the queue and the buttons in Polish', async () => {
    const moderator: Account = { uid: 'mod', provider: 'google', name: 'Mo Derator', avatar: null, moderator: true };
    const never = () => Promise.reject(new Error('not in this test'));
    const accounts: AccountService = {
      watch: (listener) => {
        listener(moderator);
        return () => {};
      },
      prepare: () => {},
      resume: async () => null,
      signIn: never,
      sendEmailLink: never,
      useExistingAccount: never,
      signOut: never,
    };
    const store = new MemoryStore({
      '/post': [
        comment({ id: 'ada', author: { uid: 'ada', name: 'Ada', website: null, provider: 'guest', avatar: null } }),
        { ...comment({ id: 'grace', author: { uid: 'grace', name: 'Grace', website: null, provider: 'guest', avatar: null } }), status: 'pending' },
      ],
    });
    store.moderator = true;
    const el = await widget(store, 'pl', { accounts });
    const options = { timeout: 5000 };
    expect(await findByShadowRole(el, 'button', { name: 'Oczekujące (1)' }, options)).to.exist;
    expect(await findByShadowRole(el, 'button', { name: 'Usuń komentarz użytkownika Ada' }, options)).to.exist;
    expect(await findByShadowRole(el, 'button', { name: 'Wyłącz komentarze' }, options)).to.exist;
    expect(fetchedLocales()).to.include('pl-moderation');
  });
});
