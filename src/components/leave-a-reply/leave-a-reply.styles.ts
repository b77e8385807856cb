import { css } from 'lit';

/**
 * The host's own look, set here and not in the shared styles: the font size and the background are
 * relative or painted, and the parts below (each a host of its own) would apply them again.
 *
 * theme="light" and theme="dark" (the states <leave-a-reply> sets once the attribute is checked): the
 * scheme is forced, whatever the page's, so the page's text colour and background cannot be trusted
 * beside it: the widget paints its own, and keeps clear of its edges.
 */
export const styles = css`
  :host {
    font-family: var(--lar-font-family, inherit);
    font-size: var(--lar-font-size, inherit);
    background: var(--lar-background, transparent);
  }

  :host(:state(light)),
  :host(:state(dark)) {
    color: var(--lar-text, CanvasText);
    background: var(--lar-background, Canvas);
    padding: var(--_space);
    border-radius: var(--_radius);
  }

  :host(:state(light)) {
    color-scheme: light;
  }

  :host(:state(dark)) {
    color-scheme: dark;
  }

  /* The space the comments will take, kept until they start loading (the loader keeps it before that). */
  .reserved {
    min-block-size: var(--lar-reserved-height, 30em);
  }

  .notice {
    color: var(--_muted);
  }
`;
