import { css } from 'lit';

export const styles = css`
  article {
    padding-block: 0.75em;
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

  time,
  .pending {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .content {
    overflow-wrap: anywhere;
  }

  blockquote {
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: 0.25em solid var(--lar-border, GrayText);
  }
`;
