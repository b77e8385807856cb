/* global document, HTMLElement, CSSStyleSheet */
/**
 * The demo's stand-in for a provider's sign-in popup. The demo runs on the local Firebase emulators,
 * where no real Google or GitHub window can sign anyone in, so the demo pages set it as the widget's
 * `signInSeam`: it asks which made-up person is signing in and resolves with the unsigned ID token the
 * Auth emulator accepts, or rejects as a closed popup would. Everything around it is the widget's real
 * sign-in code. Never use it on a real site: real Firebase refuses these tokens.
 *
 * Plain browser module, no build step: a modal <dialog> built with DOM calls, styled once.
 */

// The providers' own names, from the widget's source (Vite serves it to the demo).
import { PROVIDER_NAME } from '../src/model/identity.ts';

/** The same three people at every provider, each a separate account there (`sub` differs by provider). */
const PEOPLE = [
  { id: 'ada', name: 'Ada Lovelace', colour: '#7a4fb0' },
  { id: 'grace', name: 'Grace Hopper', colour: '#1f6f8b' },
  { id: 'alan', name: 'Alan Turing', colour: '#2e7d32' },
];

const CSS = `
.fake-chooser {
  color-scheme: light dark;
  width: min(26rem, calc(100vw - 2rem));
  padding: 0;
  border: 1px solid #c9c4bb;
  border-radius: 0.75rem;
  background: Canvas;
  color: CanvasText;
  font: 1rem/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 1rem 3rem rgb(0 0 0 / 0.3);
}
.fake-chooser::backdrop { background: rgb(0 0 0 / 0.45); }
.fake-chooser > div { padding: 1.25rem 1.5rem 1.5rem; }
.fake-chooser h2 { margin: 0 0 0.5rem; font-size: 1.2rem; font-weight: 600; line-height: 1.3; }
.fake-chooser h2 span { display: block; margin-top: 0.25rem; font-size: 0.85rem; font-weight: 400; opacity: 0.75; }
.fake-chooser p { margin: 0 0 1rem; font-size: 0.85rem; opacity: 0.75; }
.fake-chooser ul { margin: 0 0 1rem; padding: 0; list-style: none; border-top: 1px solid #c9c4bb80; }
.fake-chooser li { border-bottom: 1px solid #c9c4bb80; }
.fake-chooser button { font: inherit; color: inherit; cursor: pointer; }
.fake-chooser .account {
  display: flex; align-items: center; gap: 0.75rem; width: 100%;
  padding: 0.625rem 0.5rem; border: 0; background: none; text-align: start;
}
.fake-chooser .account:hover { background: #8881; }
.fake-chooser button:focus-visible { outline: 2px solid Highlight; outline-offset: 2px; }
.fake-chooser .initials {
  display: grid; place-items: center; flex: none; width: 2.25rem; height: 2.25rem;
  border-radius: 50%; color: #fff; font-size: 0.9rem; font-weight: 600;
}
.fake-chooser .name { display: block; font-weight: 600; }
.fake-chooser .email { display: block; font-size: 0.875rem; opacity: 0.75; }
.fake-chooser .cancel {
  display: block; margin-inline-start: auto; padding: 0.4rem 1rem;
  border: 1px solid #c9c4bb; border-radius: 0.375rem; background: none;
}
`;

/**
 * Makes the chooser the widget's `signInSeam`, on the emulators only (where `auth-emulator` is set):
 * real Firebase refuses the tokens it makes.
 * @param {Element | null} widget the page's <leave-a-reply>
 */
export function useFakeAccountChooser(widget) {
  if (widget?.getAttribute('auth-emulator')?.trim()) Object.assign(widget, { signInSeam: fakeAccountChooser });
}

/**
 * The `signInSeam`: shows the chooser and resolves with an unsigned ID token for the chosen person,
 * or rejects with `{ code: 'auth/popup-closed-by-user' }` on Cancel or Escape.
 * @param {string} provider one of the widget's OAuth providers: google, github, microsoft, …
 * @param {'popup' | 'redirect'} via how the real sign-in would have gone
 * @returns {Promise<string>}
 */
export function fakeAccountChooser(provider, via) {
  addStyleOnce();
  const providerName = PROVIDER_NAME[provider] ?? provider;
  const opener = deepActiveElement();
  const dialog = element('dialog', { className: 'fake-chooser' });
  dialog.setAttribute('aria-labelledby', 'fake-chooser-heading');
  dialog.setAttribute('aria-describedby', 'fake-chooser-note');

  const heading = element('h2', { id: 'fake-chooser-heading', textContent: 'Choose an account' });
  heading.append(
    ' to continue to Second Row Centre ',
    element('span', { textContent: `(demo: ${providerName} on the local emulator)` }),
  );
  const note = element('p', {
    id: 'fake-chooser-note',
    textContent:
      via === 'redirect'
        ? `On a real site, the page would go to ${providerName} to sign in and come back. Here, pick a made-up person.`
        : `On a real site, this would be ${providerName}’s own sign-in window. Here, pick a made-up person.`,
  });

  const list = element('ul');
  const accounts = PEOPLE.map((person) => ({ ...person, email: `${person.id}@${provider}.example` }));
  for (const account of accounts) {
    const initials = account.name
      .split(' ')
      .map((word) => word[0])
      .join('');
    const button = element('button', { type: 'button', className: 'account', value: account.id });
    const avatar = element('span', { className: 'initials', textContent: initials });
    avatar.style.background = account.colour;
    avatar.setAttribute('aria-hidden', 'true');
    const text = element('span');
    text.append(
      element('span', { className: 'name', textContent: account.name }),
      element('span', { className: 'email', textContent: account.email }),
    );
    button.append(avatar, text);
    button.addEventListener('click', () => dialog.close(account.id));
    list.append(element('li', {}, button));
  }
  const cancel = element('button', { type: 'button', className: 'cancel', textContent: 'Cancel' });
  cancel.addEventListener('click', () => dialog.close());

  dialog.append(element('div', {}, heading, note, list, cancel));
  document.body.append(dialog);

  return new Promise((resolve, reject) => {
    // Escape closes the dialog too (its `cancel` event), with an empty returnValue, like Cancel.
    dialog.addEventListener('close', () => {
      const chosen = accounts.find((account) => account.id === dialog.returnValue);
      dialog.remove();
      opener?.focus();
      if (!chosen) {
        reject({ code: 'auth/popup-closed-by-user' });
        return;
      }
      // The ID token the Auth emulator accepts: unsigned JSON. `sub` is stable per provider and person,
      // so choosing the same person again signs into the same account. No `picture`: the widget shows
      // only https avatars, and the demo loads nothing remote, so it shows initials.
      resolve(
        JSON.stringify({
          sub: `demo-${provider}-${chosen.id}`,
          email: chosen.email,
          email_verified: true,
          name: chosen.name,
        }),
      );
    });
    dialog.showModal(); // Moves focus to the first account and keeps it inside until closed.
  });
}

/**
 * A constructed stylesheet rather than a <style> element: a page whose Content-Security-Policy has
 * `style-src 'self'` refuses inline <style> (demo/strict-csp/), but not a stylesheet built by script.
 */
let sheet = null;

function addStyleOnce() {
  if (sheet) return;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** The focused element, looking inside shadow roots: the widget's button, not the <leave-a-reply> host. */
function deepActiveElement() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

function element(tag, properties = {}, ...children) {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}
