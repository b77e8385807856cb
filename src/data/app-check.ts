import type { FirebaseSettings } from './firebase-settings.js';

/**
 * App Check, when the site owner gives `app-check-site-key` (docs/security-model.md): each request
 * carries a token saying it comes from their site in a real browser, as reCAPTCHA Enterprise judged
 * it. The SDK adds the token to Firestore's and Auth's requests itself; the REST reads ask for it here.
 * Loader-safe, and all that a page without a site key pays: the rest (firestore/app-check.ts) loads
 * only for settings with one.
 */

type AppCheckModule = typeof import('./firestore/app-check.js');

let loading: Promise<AppCheckModule | null> | null = null;

function load(): Promise<AppCheckModule | null> {
  loading ??= import('./firestore/app-check.js').catch((error: unknown) => {
    console.warn(`leave-a-reply: App Check could not be loaded (${String(error)}). The comments are requested without its token.`);
    return null;
  });
  return loading;
}

/** Starts App Check if the settings have a site key. Resolves once it is on, or could not start; never rejects. */
export async function startAppCheck(settings: FirebaseSettings): Promise<void> {
  if (settings.appCheckSiteKey) await (await load())?.startAppCheck(settings);
}

/**
 * The App Check header of a REST request: empty without a site key, and when no token can be had
 * (the console says why). Rejects only with the abort reason, when `signal` aborted.
 */
export async function appCheckHeaders(settings: FirebaseSettings, signal: AbortSignal): Promise<Record<string, string>> {
  if (!settings.appCheckSiteKey) return {};
  signal.throwIfAborted();
  const aborted = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
  const appCheck = await Promise.race([load(), aborted]);
  return appCheck ? appCheck.appCheckHeaders(settings, signal) : {};
}
