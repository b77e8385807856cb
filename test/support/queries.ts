/**
 * Finding controls as a reader does, by role and accessible name, through the widget's shadow roots.
 */
export { findAllByShadowRole, findByShadowRole, findByShadowText, queryByShadowRole } from 'shadow-dom-testing-library';

/** The comments as rendered: the <article>s in <lar-comment-thread>'s shadow root, in order. */
export function renderedComments(widget: Element): HTMLElement[] {
  const thread = widget.shadowRoot?.querySelector('lar-comment-thread');
  return [...(thread?.shadowRoot?.querySelectorAll<HTMLElement>('article.comment') ?? [])];
}
