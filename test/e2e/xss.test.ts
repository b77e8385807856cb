/**
 * Hostile input, typed into the form or written straight into Firestore, renders inert: no script
 * runs (a trap would record it) and nothing outside the allow-list reaches the shadow DOM.
 */
import { expect } from '@open-wc/testing';
import { writeAsOwner } from '../../scripts/firestore-rest.js';
import { threadDocumentId } from '../../src/data/thread-id.js';
import { emulatorAttributes, firestoreEmulator, freshThread, testEnvironment } from '../support/environment.js';
import { disallowedInComments } from '../support/inert.js';
import { openBlogPage } from '../support/pages.js';
import { renderedComments } from '../support/queries.js';
import { clearSavedDrafts } from '../support/storage.js';
import { click, type } from '../support/user.js';
import { NAME_PAYLOADS, setTrap, TEXT_PAYLOADS, WEBSITE_PAYLOADS } from '../support/xss-payloads.js';

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

  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('typed into the form by a reader: script, handlers, javascript: and data: links render inert', async () => {
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

  it(`written straight into Firestore by an attacker (${TEXT_PAYLOADS.length} texts, names and websites the rules would refuse)`, async () => {
    const thread = freshThread();
    const start = Date.parse('2026-01-01T00:00:00Z');
    const documents = TEXT_PAYLOADS.map((text, index) => ({
      author: {
        uid: 'mallory',
        name: NAME_PAYLOADS[index % NAME_PAYLOADS.length],
        website: WEBSITE_PAYLOADS[index % WEBSITE_PAYLOADS.length],
        provider: 'guest',
      },
      text,
      status: 'published',
      parentId: null,
      depth: 0,
      createdAt: new Date(start + index * 60_000),
    }));
    await Promise.all(
      documents.map((data, index) =>
        writeAsOwner(firestoreEmulator(), testEnvironment.projectId, ['threads', threadDocumentId(thread), 'comments', `attack-${index}`], data),
      ),
    );

    const { widget, queries } = await openBlogPage({ ...emulatorAttributes(), thread });
    expect(await queries.findAllByShadowRole(widget, 'listitem', {}, SLOW)).to.have.length(TEXT_PAYLOADS.length);
    poke(widget);
    await settle();
    expect(disallowedInComments(widget)).to.deep.equal([]);
    // No website here is a safe http(s) URL except the one that tries to break out of the attribute,
    // which may only ever be an escaped href.
    for (const comment of renderedComments(widget)) {
      const href = comment.querySelector('a[part="author-link"]')?.getAttribute('href');
      if (href) expect(href).to.match(/^https:\/\/example\.com\/%22%3E%3Cimg/);
    }
    expect(sprung).to.deep.equal([]);
  });
});
