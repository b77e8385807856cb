import { css } from 'lit';

/**
 * Fields, labels, messages and buttons: shared by the form, the identity picker and the thread's comment
 * actions. Buttons are outlined in the text colour by default: they look meant on any page, light or
 * dark, and read at the text's own contrast; a page with an accent colour gives it with the two tokens.
 */
export const controls = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-block: 0 var(--_space);
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
    inline-size: 100%;
    padding: 0.5em;
    color: var(--_field-text);
    background: var(--_field-background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
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
    max-inline-size: 100%;
    padding: 0.6em 1.2em;
    color: var(--_button-text);
    background: var(--_button-background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  button:not(.link):hover {
    background: color-mix(in srgb, currentColor 8%, var(--_button-background));
  }

  /* A button that reads as a link: ( Log Out / Change ), Reply, Edit, Delete, Cancel reply. */
  button.link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    text-decoration: underline;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
