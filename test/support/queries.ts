/**
 * Finding controls as a reader does, by role and accessible name, through the widget's shadow roots.
 */
export { findAllByShadowRole, findByShadowRole, findByShadowText, queryByShadowRole } from 'shadow-dom-testing-library';

/** The comments as rendered: the <article>s in <lar-comment-thread>'s shadow root, in order. */
export function renderedComments(widget: Element): HTMLElement[] {
  const thread = widget.shadowRoot?.querySelector('lar-comment-thread');
  return [...(thread?.shadowRoot?.querySelectorAll<HTMLElement>('article.comment') ?? [])];
}

/** Every element under `root`, shadow roots included. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/** The elements that match `selector` in the widget's shadow roots. */
export function deepQuery(widget: Element, selector: string): HTMLElement[] {
  return deepElements(widget.shadowRoot ?? widget).filter((element): element is HTMLElement => element.matches(selector));
}
