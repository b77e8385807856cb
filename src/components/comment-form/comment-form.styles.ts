import { css } from 'lit';

export const styles = css`
  /* "Leave a Reply to Ada", and Cancel reply beside it. */
  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space);
    margin-block: var(--_space) 0.5em;
  }

  h3 {
    margin: 0;
    font-size: 1.25em;
  }

  textarea {
    min-block-size: 8em;
    resize: vertical;
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }

  /* Live regions stay in the page when empty, or screen readers may miss what is put in them. */
  .status:empty,
  .alert:empty {
    margin: 0;
    padding: 0;
    border: 0;
  }

  .alert {
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_error);
  }

  /* For bots only: out of sight, out of the tab order and of the accessibility tree (aria-hidden). Not
     display: none, which form-filling bots learn to skip. */
  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }
`;
