import { css } from 'lit';

/**
 * What every part of the widget shares: the design tokens (docs/theming.md) and the host's theme.
 *
 * The tokens' defaults are made from the page's own text colour (`currentColor`) and from system
 * colours, which follow the `color-scheme` in force: so with no CSS at all the widget takes the page's
 * font and colours, on a light page or a dark one, and text keeps the contrast the page gives its own.
 * Each `--lar-*` property is read once, here, into a private `--_*` one the other styles use, so a
 * default is written in one place. Secondary text is the text colour at 72%, still above 4.5:1 on
 * light and dark; links are underlined in the text colour, readable at the text's own contrast on any
 * page; borders are the text colour at 55%, so fields and buttons stand out at 3:1 (WCAG 1.4.11).
 * (Comments here rather than in the CSS: the CSS ships as written, in the first comments' bundle.)
 *
 * No `color-scheme: light dark` here, unlike the house style: on a light-only page a reader whose
 * system is dark would get dark form fields on a white page. `color-scheme` is inherited, so the
 * widget follows whatever the page declares, unless <leave-a-reply>'s `theme` forces one (its own
 * styles). Nothing here reaches outside the shadow roots. Nothing moves either: no transition,
 * animation or smooth scrolling, so `prefers-reduced-motion` has nothing to turn off (a test checks it
 * stays so: test/visual/theming.test.ts).
 */
export const shared = css`
  :host {
    display: block;
    font: inherit;
    color: var(--lar-text, inherit);
    overflow-wrap: break-word;
    --_space: var(--lar-spacing, 1em);
    --_radius: var(--lar-radius, 0.25em);
    --_muted: var(--lar-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_link: var(--lar-link, currentColor);
    --_border: var(--lar-border, color-mix(in srgb, currentColor 55%, transparent));
    --_error: var(--lar-error, light-dark(#b3261e, #ffb4ab));
    --_focus: var(--lar-focus, currentColor);
    --_field-text: var(--lar-field-text, FieldText);
    --_field-background: var(--lar-field-background, Field);
    --_button-text: var(--lar-button-text, currentColor);
    --_button-background: var(--lar-button-background, transparent);
  }

  :host([hidden]) {
    display: none;
  }

  * {
    box-sizing: border-box;
  }

  a {
    color: var(--_link);
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
