import { css } from 'lit';

export const styles = css`
  /* The space the comments will take, kept until they start loading (the loader keeps it before that). */
  .reserved {
    min-height: var(--lar-reserved-height, 30em);
  }

  .notice {
    color: var(--_muted);
  }
`;
