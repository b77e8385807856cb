/**
 * Registers tags, skipping any that is already registered, so a page that loads the script twice (a
 * theme and a plugin, say) keeps working. In order: parts before the elements that render them.
 */
export function defineTags(tags: Record<string, CustomElementConstructor>): void {
  for (const [tag, element] of Object.entries(tags)) {
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
}
