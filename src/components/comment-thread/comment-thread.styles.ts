import { css } from 'lit';

export const styles = css`
  h2 {
    margin-block: 0 0.5em;
    font-size: 1.5em;
  }

  .comment-list {
    margin: 0 0 calc(1.5 * var(--_space));
    padding: 0;
    list-style: none;
  }

  .comment-list > li + li {
    border-block-start: 1px solid var(--_border);
  }

  /* Replies: indented under their parent, a line down the side showing whose they are. */
  .children {
    margin: 0;
    padding: 0;
    padding-inline-start: var(--_space);
    list-style: none;
    border-inline-start: 2px solid var(--_border);
  }

  li:focus {
    outline: none;
  }

  li:focus-visible > article {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* A permalink's comment: marked at once, never faded. */
  .highlighted > article {
    background: var(--lar-highlight, color-mix(in srgb, var(--_focus) 10%, transparent));
    border-radius: var(--_radius);
    padding-inline: 0.5em;
  }

  .more {
    margin-block: 0 calc(1.5 * var(--_space));
  }

  /* "1 new comment": at the bottom of the screen while the thread is on it, moving nothing. */
  .arrivals {
    position: sticky;
    inset-block-end: var(--_space);
    z-index: 1;
    display: flex;
    justify-content: center;
    block-size: 0;
    overflow: visible;
  }

  .arrivals button {
    translate: 0 -100%;
    box-shadow: 0 0.25em 0.75em color-mix(in srgb, currentColor 30%, transparent);
  }

  .notice {
    color: var(--_muted);
  }

  h2:focus,
  .loading:focus {
    outline: none;
  }

  /* Under the comments already shown: the live updates stopped, and Try again. */
  .live-failed {
    margin-block: 0 calc(1.5 * var(--_space));
  }

  /* The space the loader kept, kept until the comments arrive. */
  .loading {
    min-block-size: var(--lar-reserved-height, 30em);
    margin: 0;
  }
`;
