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

  .notice {
    color: var(--_muted);
  }

  /* The space the loader kept, kept until the comments arrive. */
  .loading {
    min-height: var(--lar-reserved-height, 30em);
    margin: 0;
  }
`;
