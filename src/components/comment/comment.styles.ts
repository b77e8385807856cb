import { css } from 'lit';

export const styles = css`
  article {
    padding-block: calc(0.75 * var(--_space));
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }

  .provider {
    display: inline-flex;
    margin-inline-start: -0.5em;
  }

  .provider .icon {
    inline-size: 1em;
    block-size: 1em;
  }

  .author {
    font-weight: bold;
  }

  .permalink {
    color: inherit;
    text-decoration: none;
  }

  .permalink:hover,
  .permalink:focus-visible {
    text-decoration: underline;
  }

  time,
  .edited,
  .pending {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .content {
    overflow-wrap: anywhere;
  }

  /* Wraps at 320 px or 200% zoom. */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em var(--_space);
    margin-block: 0.25em 0;
    font-size: 0.875em;
  }

  .edit,
  .confirm {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    margin-block: 0.5em;
  }

  .edit .actions,
  .confirm .actions {
    align-items: center;
    font-size: 1em;
  }

  .held .meta, .held .content { opacity: 0.6; }

  .deleted .notice,
  .held .notice {
    margin: 0;
    color: var(--_muted);
    font-style: italic;
  }

  blockquote {
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: 0.25em solid var(--_border);
  }
`;
