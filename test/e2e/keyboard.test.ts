/**
 * The keyboard alone, from the page's first link: sign in, post, reply, edit, delete and log out, with
 * Tab, Shift+Tab, Enter and typed text only, and a visible focus at every step. Real pages in Chromium,
 * the widget's real Firestore and Auth code, the real emulators with the project's rules. (Google's
 * window is the sign-in seam: see test/support/accounts.ts.)
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { googleAccount, seam } from '../support/accounts.js';
import { emulatorAttributes, freshThread } from '../support/environment.js';
import { closePages, openBlogPage, type BlogPage } from '../support/pages.js';
import { clearSavedDrafts } from '../support/storage.js';
import { focused, press } from '../support/user.js';

const SLOW = { timeout: 15000 };

/** What a screen reader would call the focused element: its label, or its text. */
function focusName(): string {
  const element = focused();
  if (!element) return '(nothing)';
  const labelled = element.getAttribute('aria-label');
  if (labelled) return labelled;
  const label = element.id ? (element.getRootNode() as ShadowRoot).querySelector(`label[for="${element.id}"]`) : null;
  // What is hidden from screen readers (the required mark) is not part of the name.
  const named = (label ?? element).cloneNode(true) as Element;
  named.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return (named.textContent ?? '').trim().replace(/\s+/g, ' ');
}

/** The focus ring shows: an outline on the element, or on the comment it focuses. */
function focusVisible(): boolean {
  const element = focused();
  if (!element || !element.matches(':focus-visible')) return false;
  const ringed = element.matches('li') ? element.querySelector(':scope > article') : element;
  const style = ringed && getComputedStyle(ringed);
  return !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
}

/**
 * Presses Tab (Shift+Tab with `back`) until the focused control is called `name` (in the comment that
 * says `inComment`, if given), as a reader moving through the page would; fails, listing what it
 * passed, if it is not within `most` presses.
 */
async function tabTo(name: string | RegExp, { back = false, most = 60, inComment = '' } = {}): Promise<Element> {
  const passed: string[] = [];
  for (let presses = 0; presses < most; presses++) {
    if (back) await sendKeys({ down: 'Shift' });
    await press('Tab');
    if (back) await sendKeys({ up: 'Shift' });
    const current = focusName();
    const named = typeof name === 'string' ? current === name : name.test(current);
    if (named && (!inComment || focused()?.closest('article')?.querySelector('.content')?.textContent?.trim() === inComment)) {
      expect(focusVisible(), `the focus on "${current}" is not visible`).to.equal(true);
      return focused()!;
    }
    passed.push(current);
  }
  throw new Error(`Never reached "${name}" with ${back ? 'Shift+Tab' : 'Tab'}; passed: ${passed.join(' → ')}`);
}

async function typeText(text: string) {
  await sendKeys({ type: text });
}

const says = (page: BlogPage, text: string) => page.queries.findByShadowText(page.widget, text, { exact: true }, SLOW);

describe('The keyboard alone (Firestore and Auth emulators)', function () {
  this.timeout(120_000);

  beforeEach(clearSavedDrafts);
  afterEach(closePages);

  it('signs in, posts, replies, edits, deletes and logs out with Tab and Enter, the focus always visible', async () => {
    const appId = `1:test:web:${crypto.randomUUID()}`;
    const page = await openBlogPage({ ...emulatorAttributes(), thread: freshThread(), 'app-id': appId, 'post-title': 'Keys', providers: 'guest google' });
    page.widget.signInSeam = seam(googleAccount('Kay Board'));
    await says(page, 'No thoughts yet on “Keys”');
    page.frame.contentWindow!.focus();

    // Into the form from the top of the page, and in with Google.
    await tabTo('Comment');
    await typeText('Typed, never clicked.');
    await tabTo('Log in with Google');
    await press('Enter');
    await page.queries.findByShadowText(page.widget, 'You are commenting using your Google account.', { exact: false }, SLOW);
    await waitUntil(() => focusName() === 'Comment', `focus went to "${focusName()}", not back to the comment box`, SLOW);
    await tabTo('Post Comment');
    await press('Enter');
    await says(page, 'Your comment was posted.');

    // A reply to it: the form moves under the comment, focus into its box.
    await tabTo('Reply to Kay Board', { back: true });
    await press('Enter');
    await page.queries.findByShadowRole(page.widget, 'heading', { name: 'Leave a Reply to Kay Board' }, SLOW);
    await waitUntil(() => focusName() === 'Comment', `focus went to "${focusName()}", not to the reply box`, SLOW);
    await typeText('And a reply, by keys.');
    await tabTo('Post Comment');
    await press('Enter');
    await says(page, 'And a reply, by keys.');
    await waitUntil(() => !page.queries.queryByShadowRole(page.widget, 'heading', { name: 'Leave a Reply to Kay Board' }), 'the form stayed under the comment', SLOW);

    // Edit the first: Edit, the box has focus, replace the text, Save; focus back on the comment.
    await tabTo('Edit', { back: true });
    await press('Enter');
    const box = await page.queries.findByShadowRole(page.widget, 'textbox', { name: 'Edit your comment' }, SLOW);
    await waitUntil(() => focused() === box, 'the edit box never had focus', SLOW);
    await sendKeys({ down: 'Control' });
    await press('a');
    await sendKeys({ up: 'Control' });
    await typeText('Typed again.');
    await tabTo('Save');
    await press('Enter');
    await says(page, 'Typed again.');

    // Delete the reply: the question has focus; Enter on its Delete.
    await tabTo('Delete', { inComment: 'And a reply, by keys.' });
    await press('Enter');
    await says(page, 'Delete your comment? This cannot be undone.');
    await waitUntil(() => focusName() === 'Delete' && focused()?.closest('[role="group"]'), 'the question never had focus', SLOW);
    await press('Enter');
    await waitUntil(() => !page.queries.queryByShadowText(page.widget, 'And a reply, by keys.'), 'the reply stayed', SLOW);

    // Log out, back to the guest's fields.
    await tabTo('Log Out');
    await press('Enter');
    expect(await page.queries.findByShadowRole(page.widget, 'textbox', { name: 'Email' }, SLOW)).to.exist;
    await says(page, 'One thought on “Keys”');
  });
});
