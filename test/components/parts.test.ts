/**
 * The parts docs/theming.md lists are the parts the widget has. Every element with a `part`, in every
 * state a reader or a moderator brings the widget to (a thread, the form signed in, the moderation
 * queue, the edit box, the questions before a deletion), is reachable from the page as
 * `leave-a-reply::part(name)` through the nested shadow roots, and its name is in the table; every name
 * in the table shows somewhere.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { LeaveAReply } from '../../src/components/leave-a-reply/leave-a-reply.js';
import { MODERATOR, READER, signedInAs } from '../support/accounts.js';
import { threadToModerate } from '../support/memory-store.js';
import { deepElements, findByShadowRole, findByShadowText } from '../support/queries.js';
import { click } from '../support/user.js';

/** The names in the table under "## Parts" of docs/theming.md. */
async function documentedParts(): Promise<string[]> {
  const text = await (await fetch('/docs/theming.md')).text();
  const start = text.indexOf('\n## Parts');
  const section = text.slice(start, text.indexOf('\n## ', start + 1));
  return [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map(([, name]) => name!);
}

const button = (el: HTMLElement, name: string) => findByShadowRole(el, 'button', { name }, { timeout: 5000 });

describe('Parts (::part)', () => {
  let style: HTMLStyleElement | null = null;
  afterEach(() => style?.remove());

  it('every part in every state is reachable from the page, and is one docs/theming.md lists', async () => {
    const documented = await documentedParts();
    expect(documented).to.include.members(['comment', 'action', 'input', 'submit']);
    // A custom property per part, so that each rule is seen to reach its own elements.
    style = document.createElement('style');
    style.textContent = documented.map((part) => `leave-a-reply::part(${part}) { --reached-${part}: yes; }`).join('\n');
    document.head.append(style);

    // A moderator who wrote a comment: the author's Edit and Delete, and a moderator's buttons.
    const store = threadToModerate();
    store.moderator = true;
    const el = await fixture<LeaveAReply>(
      html`<leave-a-reply thread="/post" post-title="Night Train" loading="eager" .store=${store}
        .accounts=${signedInAs({ ...MODERATOR, uid: READER.uid })}></leave-a-reply>`,
    );
    const seen = new Set<string>();
    const unreachable: string[] = [];
    const look = () => {
      for (const element of deepElements(el.shadowRoot!)) {
        for (const part of element.part) {
          seen.add(part);
          if (getComputedStyle(element).getPropertyValue(`--reached-${part}`) !== 'yes') {
            unreachable.push(`${part} on <${element.localName}> "${element.textContent?.trim().slice(0, 40)}"`);
          }
        }
      }
    };

    await findByShadowText(el, 'Agreed.');
    look();
    await click(await button(el, 'Pending (1)'));
    await findByShadowText(el, 'Buy cheap pills.');
    look();
    await click(await button(el, 'Edit'));
    await findByShadowRole(el, 'textbox', { name: 'Edit your comment' });
    look();
    await click(await button(el, 'Cancel'));
    await click(await button(el, 'Delete'));
    await findByShadowText(el, 'Delete your comment? This cannot be undone.');
    look();
    await click(await button(el, 'Cancel'));
    await click(await button(el, 'Delete the comment by Bot'));
    await findByShadowText(el, 'Delete the comment by Bot? This cannot be undone.');
    look();

    expect(unreachable).to.deep.equal([]);
    expect([...seen].sort()).to.deep.equal([...documented].sort());
  });
});
