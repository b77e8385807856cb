/**
 * Hostile input typed into the form by a reader renders inert: no script runs (a trap would record
 * it) and nothing outside the allow-list reaches the shadow DOM. What an attacker writes straight
 * into Firestore, the whole corpus, is in xss-corpus.test.ts.
 */
import { expect } from '@open-wc/testing';
import { emulatorAttributes, freshThread } from '../support/environment.js';
import { disallowedInComments } from '../support/inert.js';
import { closePages, openBlogPage } from '../support/pages.js';
import { renderedComments } from '../support/queries.js';
import { clearSavedDrafts } from '../support/storage.js';
import { click, type } from '../support/user.js';
import { NAME_PAYLOADS, setTrap } from '../support/xss-payloads.js';

const SLOW = { timeout: 15000 };

/** Hovers, focuses and toggles everything in the comments, so an event-handler payload would fire. */
function poke(widget: Element) {
  for (const comment of renderedComments(widget)) {
    for (const element of comment.querySelectorAll('*')) {
      for (const type of ['mouseover', 'focus', 'toggle', 'animationstart']) element.dispatchEvent(new Event(type));
    }
  }
}

const settle = () => new Promise((done) => setTimeout(done, 500));

describe('Hostile comments (Firestore and Auth emulators)', () => {
  let sprung: string[];

  beforeEach(() => {
    clearSavedDrafts();
    sprung = setTrap();
  });

  afterEach(closePages);

  it('typed into the form by a reader: script, handlers, javascript: and data: links render inert', async function () {
    // Three comments typed key by key and posted through the rules, each awaited as a reader sees it:
    // over 20 s on a busy machine (the first post also signs the guest in), as conversation.test.ts.
    this.timeout(60_000);
    const thread = freshThread();
    const { widget, queries } = await openBlogPage({ ...emulatorAttributes(), thread });
    const { findAllByShadowRole, findByShadowRole, findByShadowText } = queries;
    const attacks = [
      `<script>top.__xssTrap('typed-script')</script><img src=x onerror="top.__xssTrap('typed-img')">`,
      `<a href="javascript:top.__xssTrap('typed-js')">js</a> <a href="data:text/html,<script>top.__xssTrap(1)</script>">data</a>`,
      `<svg onload="top.__xssTrap('typed-svg')"><b onmouseover="top.__xssTrap('typed-b')">bold</b>`,
    ];
    for (const [index, attack] of attacks.entries()) {
      const comment = (await findByShadowRole(widget, 'textbox', { name: 'Comment' })) as HTMLTextAreaElement;
      await type(comment, attack);
      if (index === 0) {
        await type(await findByShadowRole(widget, 'textbox', { name: 'Name' }) as HTMLInputElement, NAME_PAYLOADS[0] ?? '');
        await type(await findByShadowRole(widget, 'textbox', { name: 'Email' }) as HTMLInputElement, 'mallory@example.com');
      }
      await click(await findByShadowRole(widget, 'button', { name: 'Post Comment' }));
      await findByShadowText(widget, 'Your comment was posted.', {}, SLOW);
    }
    expect(await findAllByShadowRole(widget, 'listitem', {}, SLOW)).to.have.length(attacks.length);

    // The name is plain text: the markup shows as typed.
    expect(renderedComments(widget).map((comment) => comment.querySelector('.author')?.textContent)).to.deep.equal(
      attacks.map(() => NAME_PAYLOADS[0]),
    );
    poke(widget);
    await settle();
    expect(disallowedInComments(widget)).to.deep.equal([]);
    expect(sprung).to.deep.equal([]);
  });
});
