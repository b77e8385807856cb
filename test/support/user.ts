/**
 * A reader's hands: real key presses and mouse clicks sent by Chromium through the DevTools protocol,
 * so focus, input events and hit-testing behave as they do for a person.
 */
import { sendKeys, sendMouse } from '@web/test-runner-commands';

/** Clicks the middle of the element, as a mouse would: it must be visible and not covered. */
export async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  const frame = element.ownerDocument.defaultView?.frameElement?.getBoundingClientRect();
  const x = Math.round(box.left + box.width / 2 + (frame?.left ?? 0));
  const y = Math.round(box.top + box.height / 2 + (frame?.top ?? 0));
  await sendMouse({ type: 'click', position: [x, y] });
}

/** Clicks into a field and types, key by key. */
export async function type(field: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  await click(field);
  await sendKeys({ type: text });
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}
