import { css } from 'lit';

export const styles = css`
  p {
    margin-block: 0 var(--_space);
  }

  .providers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }


  .buttons button,
  .failure button,
  .connecting button {
    padding: 0.375em 0.75em;
  }

  button.provider {
    display: inline-grid;
    place-items: center;
    padding: 0.375em;
    min-inline-size: 2.75em;
    min-block-size: 2.75em;
  }

  .icon {
    inline-size: 1.5em;
    block-size: 1.5em;
  }


  .who {
    display: flex;
    align-items: center;
    gap: 0.75em;
    margin-block-end: var(--_space);
  }

  .who p {
    margin: 0;
  }

  .consent label {
    font-weight: normal;
  }

  .consent {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }


  .status {
    color: var(--_muted);
  }

  .failure p {
    color: var(--_error);
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
`;
