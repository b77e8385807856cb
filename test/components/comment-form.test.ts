import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { LeaveAReply } from '../../src/components/leave-a-reply/leave-a-reply.js';
import { StoreError } from '../../src/data/store.js';
import { MemoryStore } from '../support/memory-store.js';
import { findByShadowRole, findByShadowText } from '../support/queries.js';
import { clearSavedDrafts } from '../support/storage.js';
import { sendKeys } from '@web/test-runner-commands';
import { click, focused, press, type } from '../support/user.js';

let store: MemoryStore;
let widget: LeaveAReply;

async function mount(thread = `/form-${crypto.randomUUID()}`) {
  store = new MemoryStore();
  widget = await fixture<LeaveAReply>(html`<leave-a-reply project-id="my-blog-1a2b3" thread=${thread} .store=${store}></leave-a-reply>`);
  return widget;
}

const field = (name: string) => findByShadowRole(widget, 'textbox', { name }) as Promise<HTMLInputElement>;
const postButton = () => findByShadowRole(widget, 'button', { name: 'Post Comment' });

/** The error shown next to a field: the text it is described by. */
async function problemWith(name: string): Promise<string> {
  const input = await field(name);
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const root = input.getRootNode() as ShadowRoot;
  return ids.map((id) => root.getElementById(id)).filter((el) => el?.classList.contains('error')).map((el) => el?.textContent?.trim()).join(' ');
}

describe('Leave a Reply form', () => {
  beforeEach(async () => {
    clearSavedDrafts();
    await mount();
  });

  it('names every control as a reader expects', async () => {
    expect(await findByShadowRole(widget, 'heading', { name: 'Leave a Reply' })).to.exist;
    expect((await field('Comment')).required).to.be.true;
    expect((await field('Name')).required).to.be.true;
    const email = await field('Email');
    expect(email.required).to.be.true;
    expect(email.type).to.equal('email');
    const hint = (email.getRootNode() as ShadowRoot).getElementById(email.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).to.equal('Never made public.');
    expect((await field('Website')).required).to.be.false;
    expect(await postButton()).to.exist;
  });

  it('asks the store to get ready to post when the reader first enters the form, and only then', async () => {
    await findByShadowRole(widget, 'heading', { name: 'Leave a Reply' });
    expect(store.preparations).to.equal(0);
    await type(await field('Comment'), 'Hello');
    await type(await field('Name'), 'Ada');
    expect(store.preparations).to.equal(1);
  });

  it('refuses an empty form with a message next to each required field, and sends nothing', async () => {
    await click(await postButton());
    expect(await problemWith('Comment')).to.equal('Please type your comment.');
    expect(await problemWith('Name')).to.equal('Please enter your name.');
    expect(await problemWith('Email')).to.equal('Please enter your email address.');
    expect(await problemWith('Website')).to.equal('');
    expect((await field('Comment')).getAttribute('aria-invalid')).to.equal('true');
    expect(store.posted).to.deep.equal([]);
    // Focus goes to the first field to fix.
    expect(widget.shadowRoot?.querySelector('lar-comment-form')?.shadowRoot?.activeElement?.id).to.equal('text');
    // Errors are tied to their fields, and still pass an accessibility audit.
    await expect(widget).to.be.accessible();
  });

  it('refuses a malformed email and website, and clears each message once fixed', async () => {
    await type(await field('Comment'), 'Hello');
    await type(await field('Name'), 'Ada');
    await type(await field('Email'), 'ada.example.com');
    await type(await field('Website'), 'javascript:alert(1)');
    await click(await postButton());
    expect(await problemWith('Email')).to.equal('Please enter a valid email address, such as name@example.com.');
    expect(await problemWith('Website')).to.contain('Please enter a web address');
    expect(store.posted).to.have.length(0);

    const email = await field('Email');
    email.select();
    await type(email, 'ada@example.com');
    expect(await problemWith('Email')).to.equal('');
    expect(email.getAttribute('aria-invalid')).to.equal('false');
    // Typing elsewhere in the form does not bring the fixed field's message back.
    await type(await field('Comment'), ' More.');
    expect(await problemWith('Email')).to.equal('');
    expect(await problemWith('Website')).to.contain('Please enter a web address');
  });

  it('refuses a comment over the length limit, saying what the limit is', async () => {
    const comment = await field('Comment');
    comment.value = 'x'.repeat(5001);
    comment.dispatchEvent(new Event('input'));
    await click(await postButton());
    expect(await problemWith('Comment')).to.equal('This is too long: the limit is 5,000 characters.');
  });

  it('can be filled in and sent with the keyboard alone', async () => {
    (await field('Comment')).focus();
    await type(await field('Comment'), 'Typed only.');
    // Email, Name, Website: the order of WordPress.com's form.
    for (const text of ['ada@example.com', 'Ada', 'ada.example']) {
      await press('Tab');
      await sendKeys({ type: text });
    }
    await press('Tab');
    expect(focused()?.getAttribute('type')).to.equal('checkbox');
    await press('Tab');
    expect(focused()?.textContent).to.equal('Post Comment');
    await press('Enter');
    await waitUntil(() => store.posted.length === 1, 'the comment was not sent');
    expect(store.posted[0]?.draft).to.deep.equal({ text: 'Typed only.', name: 'Ada', email: 'ada@example.com', website: 'ada.example' });
  });

  it('keeps the text after a failed post and says what went wrong in plain words', async () => {
    store.failNextPost = new StoreError('offline', 'no network');
    await type(await field('Comment'), 'Do not lose me.');
    await type(await field('Name'), 'Ada');
    await type(await field('Email'), 'ada@example.com');
    await click(await postButton());
    const alert = await findByShadowText(widget, /the connection was lost/);
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('Your text is still here');
    expect((await field('Comment')).value).to.equal('Do not lose me.');

    await click(await postButton());
    expect(await findByShadowText(widget, 'Your comment was posted.')).to.exist;
    expect((await field('Comment')).value).to.equal('');
    // Posted once, the guest is who they said: Change brings the fields back, filled in.
    expect(await findByShadowText(widget, 'You are commenting as Ada.', { exact: false })).to.exist;
    await click(await findByShadowRole(widget, 'button', { name: 'Change' }));
    expect((await field('Name')).value).to.equal('Ada');
    expect(focused()).to.equal(await field('Email'));
  });

  it('keeps the draft when the page is reloaded', async () => {
    const thread = `/draft-${crypto.randomUUID()}`;
    await mount(thread);
    await type(await field('Comment'), 'Half a thought');
    await type(await field('Name'), 'Ada');
    widget.remove();

    await mount(thread);
    expect((await field('Comment')).value).to.equal('Half a thought');
    expect((await field('Name')).value).to.equal('Ada');

    await mount(`/another-${crypto.randomUUID()}`);
    expect((await field('Comment')).value).to.equal('');
  });

  it("keeps a guest's details for the next visit only when the reader says so, and forgets them when unticked", async () => {
    const newSession = async () => {
      widget.remove();
      // A new visit: this tab's storage is gone, what the browser keeps is not.
      sessionStorage.clear();
      await mount();
    };
    await type(await field('Email'), 'ada@example.com');
    await type(await field('Name'), 'Ada');
    await newSession();
    expect((await field('Name')).value).to.equal('');

    await type(await field('Email'), 'ada@example.com');
    await type(await field('Name'), 'Ada');
    const consent = await findByShadowRole(widget, 'checkbox', {
      name: 'Save my name, email, and website in this browser for the next time I comment.',
    });
    await click(consent);
    await newSession();
    expect((await field('Name')).value).to.equal('Ada');
    expect((await field('Email')).value).to.equal('ada@example.com');

    await click(await findByShadowRole(widget, 'checkbox', { name: /Save my name/ }));
    expect(Object.keys(localStorage).filter((key) => key === 'leave-a-reply:guest')).to.deep.equal([]);
    await newSession();
    expect((await field('Name')).value).to.equal('');
  });

  it('makes email optional with require-email="false"', async () => {
    widget.setAttribute('require-email', 'false');
    const email = await field('Email');
    await waitUntil(() => !email.required, 'Email stayed required');
    await type(await field('Comment'), 'No email today.');
    await type(await field('Name'), 'Ada');
    await click(await postButton());
    await waitUntil(() => store.posted.length === 1, 'the comment was not sent');
  });

  it('asks before the page is left with unsent text, and not once it is sent', async () => {
    const leaving = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leaving()).to.be.false;
    await type(await field('Comment'), 'Unsent.');
    expect(leaving()).to.be.true;
    await type(await field('Email'), 'ada@example.com');
    await type(await field('Name'), 'Ada');
    await click(await postButton());
    await findByShadowText(widget, 'Your comment was posted.');
    expect(leaving()).to.be.false;
  });
});
