import { css } from 'lit';

export const styles = css`
  h2 {
    margin-block: 0 0.5em;
    font-size: 1.5em;
  }

  .comment-list {
    margin: 0 0 1.5em;
    padding: 0;
    list-style: none;
  }

  .comment-list > li + li {
    border-block-start: 1px solid var(--lar-border, GrayText);
  }

  /* Replies: indented under their parent, a line down the side showing whose they are. */
  .children {
    margin: 0;
    padding: 0;
    padding-inline-start: 1em;
    list-style: none;
    border-inline-start: 2px solid var(--lar-border, GrayText);
  }

  li:focus {
    outline: none;
  }

  li:focus-visible > article {
    outline: 2px solid var(--lar-focus, Highlight);
    outline-offset: 2px;
  }

  /* A permalink's comment. */
  .highlighted > article {
    background: var(--lar-highlight, color-mix(in srgb, var(--lar-focus, Highlight) 14%, transparent));
    border-radius: var(--lar-radius, 0.25em);
    padding-inline: 0.5em;
  }

  .more {
    margin-block: 0 1.5em;
  }

  /* "1 new comment": at the bottom of the screen while the thread is on it, moving nothing. */
  .arrivals {
    position: sticky;
    inset-block-end: 1em;
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
    margin-block: 0 1.5em;
  }

  /* The space the loader kept, kept until the comments arrive. */
  .loading {
    min-height: var(--lar-reserved-height, 30em);
    margin: 0;
  }
`;
