import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { AccountProvider } from '../../model/identity.js';

/**
 * Each provider's mark, drawn inline: nothing of the provider's (no script, no image) loads before
 * the reader clicks its button. Monochrome marks use currentColor, so they follow the theme.
 */
const MARKS: Record<AccountProvider, SVGTemplateResult> = {
  google: svg`<g fill="none" stroke-width="4.5">
      <path stroke="#EA4335" d="M17.3 6.7A7.5 7.5 0 0 0 5.5 8.25" />
      <path stroke="#FBBC05" d="M5.5 8.25A7.5 7.5 0 0 0 5.5 15.75" />
      <path stroke="#34A853" d="M5.5 15.75A7.5 7.5 0 0 0 17.3 17.3" />
      <path stroke="#4285F4" d="M17.3 17.3A7.5 7.5 0 0 0 19.5 12" />
    </g>
    <path fill="#4285F4" d="M12 10h9.75v4H12z" />`,
  github: svg`<path
    fill="currentColor"
    d="M9.2 23.15A11.5 11.5 0 1 1 14.8 23.15V19.5C14.8 18.3 14.4 17.4 13.8 16.9C16.8 16.5 18.6 15 18.6 11.8C18.6 10.6 18.2 9.6 17.6 8.9C17.8 8.2 17.9 6.6 17.4 5.2C16.3 5.2 15.2 5.8 14.4 6.6C13 6.2 11 6.2 9.6 6.6C8.8 5.8 7.7 5.2 6.6 5.2C6.1 6.6 6.2 8.2 6.4 8.9C5.8 9.6 5.4 10.6 5.4 11.8C5.4 15 7.2 16.5 10.2 16.9C9.7 17.3 9.3 18 9.2 18.9C8 19.1 6.8 18.6 6 17.8C5.3 17.1 4.6 16.6 3.9 16.7C3.4 16.8 3.5 17.2 3.9 17.5C4.6 18 5 18.9 5.6 19.6C6.6 20.7 8 20.9 9.2 20.7Z"
  />`,
  microsoft: svg`<path fill="#F25022" d="M1.5 1.5h10v10h-10z" />
    <path fill="#7FBA00" d="M12.5 1.5h10v10h-10z" />
    <path fill="#00A4EF" d="M1.5 12.5h10v10h-10z" />
    <path fill="#FFB900" d="M12.5 12.5h10v10h-10z" />`,
  apple: svg`<path
    fill="currentColor"
    d="M12 7.6C13.2 6.8 14.6 6.4 15.9 6.5C17.6 6.6 19 7.4 19.6 8.9C17.6 10.1 16.9 13.6 18.7 15.4C19.3 16 19.9 16.3 20.6 16.5C20.2 17.7 19.6 18.9 18.8 20.1C17.8 21.6 16.8 22.8 15.4 22.8C14.2 22.8 13.7 22.1 12.1 22.1C10.5 22.1 9.9 22.8 8.7 22.8C7.3 22.8 6.2 21.4 5.2 19.9C3.8 17.8 3.1 15.4 3.1 13.1C3.1 9.3 5.5 6.6 8.4 6.5C9.8 6.5 10.9 7.2 12 7.6ZM12.2 5.9C12 4.2 13.5 2.2 15.9 1.7C16.1 3.9 14.6 5.6 12.2 5.9Z"
  />`,
  facebook: svg`<circle cx="12" cy="12" r="11" fill="#0866FF" />
    <path
      fill="#fff"
      d="M10.2 22.85A11 11 0 0 0 13.6 22.88V13.3H16L16.45 10H13.6V8.3C13.6 7.7 13.9 7.3 14.8 7.3H16.5V4.55C16.1 4.5 15.2 4.4 14.2 4.4C11.8 4.4 10.2 5.9 10.2 8.5V10H7.6V13.3H10.2Z"
    />`,
  twitter: svg`<g fill="currentColor">
      <path fill-rule="evenodd" d="M1.5 2H8.5L22.5 22H15.5ZM4.9 3.8H7.2L18.68 20.2H16.38Z" />
      <path d="M19.2 2H22L14.56 10.65L13.3 8.86ZM9.44 13.35L10.7 15.14L4.8 22H2Z" />
    </g>`,
  'email-link': svg`<g fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" stroke-linecap="round">
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="M3.5 6.5L12 13L20.5 6.5" />
    </g>`,
};

/**
 * The provider's mark, 1.5em square unless the `.icon` rule says otherwise. The <svg> element itself is
 * in an `html` template, as Lit asks: `svg` templates are for what goes inside one.
 */
export function providerIcon(provider: AccountProvider): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" width="1.5em" height="1.5em" aria-hidden="true" focusable="false">
    ${MARKS[provider]}
  </svg>`;
}
