import { getToken, initializeAppCheck, ReCaptchaEnterpriseProvider } from 'firebase/app-check';
import type { FirebaseSettings } from '../firebase-settings.js';
import { firebaseApp } from './app.js';

/**
 * App Check itself (see ../app-check.ts), loaded only for settings with a site key, with the Firebase
 * app alone: the first REST read has its token before Firestore loads.
 *
 * Without a token (offline, reCAPTCHA blocked, a wrong key) requests still go, without one: a project
 * that does not enforce App Check yet answers them; one that does refuses them, which the reader sees
 * as comments that could not be loaded. The console says once why.
 */

/** How long reCAPTCHA may take to start, and a request may wait for the token, before going without. */
export const APP_CHECK_WAIT_MS = 5_000;

/** What the SDK itself would add to the page; loaded here first, so that a blocked script is noticed. */
const RECAPTCHA_ENTERPRISE_SCRIPT = 'https://www.google.com/recaptcha/enterprise.js?render=explicit';

interface RecaptchaWindow {
  grecaptcha?: { enterprise?: { ready(callback: () => void): void } };
  /** Set by a developer on localhost (docs/security-model.md): the SDK then needs no reCAPTCHA. */
  FIREBASE_APPCHECK_DEBUG_TOKEN?: string | boolean;
}

interface AppCheckState {
  /** Gets a token; null when App Check could not start on this page. */
  tokens: Promise<(() => Promise<string>) | null>;
  /** A token request outlived its wait: the requests after it do not wait for it again. */
  stalled: boolean;
  told: boolean;
}

/** Per distinct settings, as FirebaseProject is. */
const states = new Map<string, AppCheckState>();

/** Resolves once App Check is on for these settings, or could not start; never rejects. */
export async function startAppCheck(settings: FirebaseSettings): Promise<void> {
  await stateFor(settings)?.tokens;
}

/** The App Check header of a REST request, or none. Rejects only with the abort reason, when `signal` aborted. */
export async function appCheckHeaders(settings: FirebaseSettings, signal: AbortSignal): Promise<Record<string, string>> {
  const state = stateFor(settings);
  if (!state || state.stalled) return {};
  const token = state.tokens.then((tokens) => tokens?.() ?? null);
  try {
    const outcome = await within(token, APP_CHECK_WAIT_MS, signal);
    if (outcome === TIMED_OUT) {
      state.stalled = true;
      token.finally(() => (state.stalled = false)).catch(() => {});
      tell(state, `none came within ${APP_CHECK_WAIT_MS / 1000} s`);
      return {};
    }
    return outcome ? { 'X-Firebase-AppCheck': outcome } : {};
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    tell(state, error instanceof Error ? error.message : String(error));
    return {};
  }
}

function stateFor(settings: FirebaseSettings): AppCheckState | null {
  const siteKey = settings.appCheckSiteKey;
  if (!siteKey) return null;
  const key = JSON.stringify(settings);
  let state = states.get(key);
  if (!state) {
    const started: AppCheckState = { tokens: Promise.resolve(null), stalled: false, told: false };
    started.tokens = start(settings, siteKey).catch((error: unknown) => {
      tell(started, error instanceof Error ? error.message : String(error));
      return null;
    });
    states.set(key, (state = started));
  }
  return state;
}

async function start(settings: FirebaseSettings, siteKey: string): Promise<() => Promise<string>> {
  // The SDK waits for reCAPTCHA without end (a script that fails to load never says so to it), and
  // every Firestore and Auth request waits for the token: so App Check starts only once reCAPTCHA has.
  if ((window as RecaptchaWindow).FIREBASE_APPCHECK_DEBUG_TOKEN === undefined) await recaptchaReady();
  const appCheck = initializeAppCheck(firebaseApp(settings), {
    provider: new ReCaptchaEnterpriseProvider(siteKey),
    isTokenAutoRefreshEnabled: true,
  });
  return async () => (await getToken(appCheck)).token;
}

function tell(state: AppCheckState, why: string): void {
  if (state.told) return;
  state.told = true;
  console.warn(
    `leave-a-reply: No App Check token (${why}). The comments are requested without one: a Firebase project ` +
      'that enforces App Check refuses them, and readers see that the comments could not be loaded.',
  );
}

/** One script per page, whatever the number of widgets and settings. */
let ready: Promise<void> | null = null;

function recaptchaReady(): Promise<void> {
  ready ??= new Promise<void>((resolve, reject) => {
    const enterprise = () => (window as RecaptchaWindow).grecaptcha?.enterprise;
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(why));
    };
    const timer = setTimeout(() => fail(`reCAPTCHA Enterprise did not start within ${APP_CHECK_WAIT_MS / 1000} s`), APP_CHECK_WAIT_MS);
    const whenReady = () =>
      enterprise()?.ready(() => {
        clearTimeout(timer);
        resolve();
      }) ?? fail('the reCAPTCHA Enterprise script loaded, but without grecaptcha.enterprise');
    if (enterprise()) return whenReady();
    const script = Object.assign(document.createElement('script'), { src: RECAPTCHA_ENTERPRISE_SCRIPT, async: true });
    script.addEventListener('load', whenReady);
    script.addEventListener('error', () => fail('the reCAPTCHA Enterprise script could not be loaded (offline, or blocked by the browser or an extension)'));
    document.head.append(script);
  });
  return ready;
}

const TIMED_OUT = Symbol('timed out');

/** The promise's value, or TIMED_OUT after `ms`; rejects with the abort reason when `signal` aborts first. */
function within<T>(promise: Promise<T>, ms: number, signal: AbortSignal): Promise<T | typeof TIMED_OUT> {
  return new Promise((resolve, reject) => {
    const settle = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', aborted);
    };
    const aborted = () => {
      settle();
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      settle();
      resolve(TIMED_OUT);
    }, ms);
    if (signal.aborted) return aborted();
    signal.addEventListener('abort', aborted);
    promise.then(
      (value) => {
        settle();
        resolve(value);
      },
      (error: unknown) => {
        settle();
        reject(error);
      },
    );
  });
}
