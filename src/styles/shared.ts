import { css } from 'lit';

/**
 * What every part of the widget shares: it takes the host page's font, colours and colour scheme, and
 * exposes its colours as custom properties with fallbacks that work on light and dark pages (see the
 * README's "Styling"). Nothing here reaches outside the shadow roots.
 *
 * No `color-scheme: light dark` here, unlike the house style: on a light-only page a reader whose
 * system is dark would get dark form fields on a white page. `color-scheme` is inherited, so the
 * widget follows whatever the page declares.
 */
export const shared = css`
  :host {
    display: block;
    font: inherit;
    color: var(--lar-text, inherit);
    /* Secondary text: the page's text colour, lighter, still above 4.5:1 contrast on light and dark. */
    --_muted: var(--lar-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_error: var(--lar-error, light-dark(#b3261e, #ffb4ab));
  }

  :host([hidden]) {
    display: none;
  }

  * {
    box-sizing: border-box;
  }

  a {
    color: var(--lar-link, LinkText);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
