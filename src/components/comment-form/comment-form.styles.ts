import { css } from 'lit';

export const styles = css`
  h3 {
    margin-block: 1em 0.5em;
    font-size: 1.25em;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-block: 0 1em;
  }

  label {
    font-weight: bold;
  }

  input,
  textarea,
  button {
    font: inherit;
  }

  input,
  textarea {
    width: 100%;
    padding: 0.5em;
    color: var(--lar-field-text, FieldText);
    background: var(--lar-field-background, Field);
    border: 1px solid var(--lar-border, GrayText);
    border-radius: var(--lar-radius, 0.25em);
  }

  textarea {
    min-height: 8em;
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_error);
  }

  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .error {
    color: var(--_error);
    font-size: 0.875em;
    font-weight: bold;
  }

  .required {
    color: var(--_error);
  }

  button {
    padding: 0.6em 1.2em;
    color: var(--lar-button-text, ButtonText);
    background: var(--lar-button-background, ButtonFace);
    border: 1px solid var(--lar-border, GrayText);
    border-radius: var(--lar-radius, 0.25em);
    cursor: pointer;
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }

  :focus-visible {
    outline: 2px solid var(--lar-focus, Highlight);
    outline-offset: 2px;
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
`;
