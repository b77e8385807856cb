import { css } from 'lit';

/** Fields, labels, messages and buttons: shared by the form, the identity picker and the thread's comment actions. */
export const controls = css`
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

  input:not([type='checkbox']),
  textarea {
    width: 100%;
    padding: 0.5em;
    color: var(--lar-field-text, FieldText);
    background: var(--lar-field-background, Field);
    border: 1px solid var(--lar-border, GrayText);
    border-radius: var(--lar-radius, 0.25em);
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

  /* A button that reads as a link: ( Log Out / Change ), Reply, Edit, Delete, Cancel reply. */
  button.link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--lar-link, LinkText);
    text-decoration: underline;
  }

  :focus-visible {
    outline: 2px solid var(--lar-focus, Highlight);
    outline-offset: 2px;
  }
`;
