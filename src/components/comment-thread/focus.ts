/**
 * Focus after a change to a comment: to `target` (or to `within` itself), unless the reader has moved
 * on. An edit, a deletion or a moderator's action finishes when the server answers, maybe after the
 * reader has gone to another comment or to the form: focus then stays where they put it. Focus lost
 * with a button the change removed counts as not moved on. The page never scrolls under the pointer.
 */
export function focusUnlessMovedOn(within: HTMLElement | null, target: HTMLElement | null): void {
  if (!within) return;
  const active = deepActiveElement();
  const movedOn = active !== null && active !== document.body && !within.contains(active);
  if (!movedOn) (target ?? within).focus({ preventScroll: true });
}

/** The element that has focus, inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
