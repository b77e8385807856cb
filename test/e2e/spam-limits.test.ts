/**
 * The spam limits as a reader meets them, against the rules exactly as shipped (the strict project:
 * test/support/node/test-rules.js): the rules refuse, and the widget explains and keeps the text.
 */
import { expect } from '@open-wc/testing';
import { readAllAsOwner } from '../../scripts/firestore-rest.js';
import { threadDocumentId } from '../../src/data/thread-id.js';
import { emulatorAttributes, firestoreEmulator, freshThread, testEnvironment } from '../support/environment.js';
import { closePages, openBlogPage, type BlogPage } from '../support/pages.js';
import { clearSavedDrafts } from '../support/storage.js';
import { click, type } from '../support/user.js';

const SLOW = { timeout: 15000 };

const field = (page: BlogPage, name: string) =>
  page.queries.findByShadowRole(page.widget, 'textbox', { name }) as Promise<HTMLInputElement>;

const post = async (page: BlogPage) => click(await page.queries.findByShadowRole(page.widget, 'button', { name: 'Post Comment' }));

const says = (page: BlogPage, text: string) => page.queries.findByShadowText(page.widget, text, { exact: true }, SLOW);

async function fillIn(page: BlogPage, comment: string) {
  await type(await field(page, 'Comment'), comment);
  // After a first comment the guest is "commenting as Ada", with no fields to fill.
  if (page.queries.queryByShadowRole(page.widget, 'textbox', { name: 'Name' })) {
    await type(await field(page, 'Name'), 'Ada');
    await type(await field(page, 'Email'), 'ada@example.com');
  }
}

/** What is stored in the thread, whatever the rules let a client see. */
const stored = (thread: string) =>
  readAllAsOwner(firestoreEmulator(), testEnvironment.strictProjectId, ['threads', threadDocumentId(thread), 'comments']);

const seconds = (time: unknown) => Date.parse(String(time)) / 1000;

describe('Spam limits, with the rules as shipped (Firestore and Auth emulators)', () => {
  let thread: string;
  let page: BlogPage;

  beforeEach(async () => {
    clearSavedDrafts();
    thread = freshThread();
    // A reader of their own: the same browser would otherwise be the same guest in every test, and
    // the rate limit would rightly hold the next test's first comment back. (The app ID names the
    // Firebase app, under which Auth remembers the guest.)
    page = await openBlogPage({ ...emulatorAttributes({ strict: true }), thread, 'app-id': `1:000000000000:web:${crypto.randomUUID()}` });
  });

  afterEach(closePages);

  it('a quick reader is held back until the composing time has passed, and the comment then goes through', async () => {
    // Typing at once: well under the rules' 3 seconds after the form was first focused.
    await fillIn(page, 'Quick, but human.');
    await post(page);
    expect(await says(page, 'Your comment was posted.')).to.exist;

    const [comment] = await stored(thread);
    const authors = await readAllAsOwner(firestoreEmulator(), testEnvironment.strictProjectId, ['authors']);
    const author = authors.find((candidate) => candidate.id === (comment?.data['author'] as { uid: string }).uid);
    expect(author, 'the author marker').to.exist;
    expect(author?.data['lastComment']).to.equal(`${threadDocumentId(thread)}/${comment?.id}`);
    expect(author?.data['honeypot']).to.equal('');
    expect(seconds(comment?.data['createdAt']) - seconds(author?.data['formOpenedAt'])).to.be.at.least(3);
  });

  it('a second comment within the rate window is refused in words, and its text is kept', async () => {
    await fillIn(page, 'First thoughts.');
    await post(page);
    await says(page, 'Your comment was posted.');

    await fillIn(page, 'And one more thing!');
    await post(page);
    expect(await says(page, 'Please wait a few seconds before posting again. Your text is still here.')).to.exist;
    expect((await field(page, 'Comment')).value).to.equal('And one more thing!');
    expect(await stored(thread)).to.have.length(1);
  });

  it('more links than allowed are not refused: the comment is held for moderation, and its author is told', async () => {
    await fillIn(page, 'Cheap pills at https://a.example, http://b.example and www.c.example');
    await post(page);
    expect(await says(page, 'Your comment was posted.')).to.exist;
    expect(await says(page, 'Your comment is awaiting moderation.')).to.exist;
    expect((await field(page, 'Comment')).getAttribute('aria-invalid')).to.equal('false');
    expect((await stored(thread)).map(({ data }) => data['status'])).to.deep.equal(['pending']);
  });

  it('a bot that fills the hidden field is refused by the rules; people never meet the field', async () => {
    const trap = page.widget.shadowRoot?.querySelector('lar-comment-form')?.shadowRoot?.querySelector<HTMLInputElement>('input[name="homepage"]');
    expect(trap, 'the honeypot field').to.exist;
    // Out of the accessibility tree and the tab order: a person with a screen reader or a keyboard never reaches it.
    expect(trap?.closest('[aria-hidden="true"]')).to.exist;
    expect(trap?.tabIndex).to.equal(-1);
    expect(page.queries.queryByShadowRole(page.widget, 'textbox', { name: 'Leave this field empty' })).to.equal(null);

    await fillIn(page, 'Great post, visit my site');
    // What a form-filling bot does: every input gets a value.
    trap!.value = 'https://spam.example';
    await post(page);
    expect(await says(page, 'The site refused your comment. Your text is still here; please check it and try again.')).to.exist;
    expect(await stored(thread)).to.have.length(0);
  });
});
