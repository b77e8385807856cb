/**
 * A reader's hands: real key presses and mouse clicks sent by Chromium through the DevTools protocol,
 * so focus, input events and hit-testing behave as they do for a person.
 */
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';

/** Clicks the middle of the element, as a mouse would: it must be visible and not covered. */
export async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const point = () => {
    const box = element.getBoundingClientRect();
    const frame = element.ownerDocument.defaultView?.frameElement?.getBoundingClientRect();
    return [Math.round(box.left + box.width / 2 + (frame?.left ?? 0)), Math.round(box.top + box.height / 2 + (frame?.top ?? 0))] as const;
  };
  // Something fixed to a frame's viewport (a sticky notice) stays put when the frame scrolls: scroll
  // the test page itself until the frame's part that shows it is on screen, as a reader would.
  const [, y] = point();
  if (y < 0 || y >= window.innerHeight) window.scrollBy(0, y - window.innerHeight / 2);
  const [x, finalY] = point();
  await sendMouse({ type: 'click', position: [x, finalY] });
}

/** Clicks into a field and types, key by key. */
export async function type(field: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  await click(field);
  await sendKeys({ type: text });
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/**
 * From now on, the reader answers the browser's own dialogs with OK ("Leave" on "Leave site?").
 * Resolves with the types of the dialogs seen so far in this test file ("beforeunload", …).
 */
export function acceptDialogs(): Promise<string[]> {
  return executeServerCommand<string[], undefined>('accept-dialogs');
}

/** The element that has focus, however deep in frames and shadow roots it is. */
export function focused(root: DocumentOrShadowRoot = document): Element | null {
  let active = root.activeElement;
  for (;;) {
    const inner = active?.shadowRoot?.activeElement ?? (active as HTMLIFrameElement | null)?.contentDocument?.activeElement;
    if (!inner || inner === active) return active;
    active = inner;
  }
}
