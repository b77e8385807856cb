import type { FirebaseSettings } from '../data/firebase-settings.js';
import { DEFAULT_LEVELS, MAX_LEVELS } from '../model/comment.js';
import { isProvider, PROVIDERS, type Provider } from '../model/identity.js';
import { parseHostAndPort, type HostAndPort } from '../data/host-and-port.js';
import { MAX_THREAD_ID_LENGTH, threadDocumentId } from '../data/thread-id.js';

/**
 * Turns the site owner's HTML attributes into a checked configuration. Every mistake is reported with
 * the attribute's name and the fix, because the site owner will read it in the browser console,
 * probably while looking at a page where the comments did not appear.
 */

/** The attributes that say where the comments are stored (null when absent). */
export interface FirebaseAttributes {
  projectId: string | null;
  apiKey: string | null;
  authDomain: string | null;
  appId: string | null;
  appCheckSiteKey: string | null;
  firestoreEmulator: string | null;
  authEmulator: string | null;
}

/** The attributes that say which conversation this page shows (null when absent). */
export interface ThreadAttributes {
  thread: string | null;
  postTitle: string | null;
}

/** What the page itself says, for the defaults. */
export interface PageFacts {
  /** The page's address (`location.href`). */
  url: string;
  /** `<link rel="canonical">`'s href, if the page has one. */
  canonicalUrl: string | null;
  /** `document.title`. */
  title: string;
}

export interface ThreadSettings {
  threadKey: string;
  postTitle: string;
}

export interface ConfigProblem {
  attribute: string;
  /** One sentence for the site owner, naming the attribute and the fix. */
  message: string;
}

/** A setting that is usable, or the problems that make it unusable. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: ConfigProblem[] };

// Firebase's own rule for project IDs: 6 to 30 lowercase letters, digits and hyphens, starting with a
// letter and not ending with a hyphen.
const PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const API_KEY = /^[\w-]+$/;
const APP_ID = /^[\w:.-]+$/;
const SITE_KEY = /^[\w-]+$/;
const HOSTNAME = /^[a-z0-9.-]+(:\d{1,5})?$/i;

/** `element`: the tag the attributes are on, for the messages (<leave-a-reply>, <leave-a-reply-count>). */
export function readFirebaseSettings(attributes: FirebaseAttributes, element = 'leave-a-reply'): Checked<FirebaseSettings> {
  const problems: ConfigProblem[] = [];
  const problem = (attribute: string, message: string) => problems.push({ attribute, message });

  const projectId = attributes.projectId?.trim() ?? '';
  if (!projectId) {
    problem(
      'project-id',
      `The "project-id" attribute is missing. Add project-id="your-project-id" to <${element}>; ` +
        'the ID is in the Firebase console under Project settings → General.',
    );
  } else if (!PROJECT_ID.test(projectId)) {
    problem(
      'project-id',
      `project-id="${projectId}" is not a Firebase project ID. Copy the ID from the Firebase console ` +
        '(Project settings → General): 6 to 30 lowercase letters, digits and hyphens, such as "my-blog-1a2b3".',
    );
  }

  const apiKey = attributes.apiKey?.trim() ?? '';
  if (!apiKey) {
    problem(
      'api-key',
      'The "api-key" attribute is missing. Add api-key="…" with the Web API key from the Firebase console ' +
        '(Project settings → General → Your apps). It is not a secret: the security rules protect the data.',
    );
  } else if (!API_KEY.test(apiKey)) {
    problem(
      'api-key',
      `api-key="${apiKey}" is not a Web API key. Copy the apiKey value from the Firebase console ` +
        '(Project settings → General → Your apps).',
    );
  }

  // The default follows project-id, so only a domain the site owner wrote can be wrong on its own.
  const authDomain = attributes.authDomain?.trim() || `${projectId}.firebaseapp.com`;
  if (attributes.authDomain?.trim() && !HOSTNAME.test(authDomain)) {
    problem(
      'auth-domain',
      `auth-domain="${authDomain}" is not a host name. Use the authDomain value from the Firebase console, ` +
        'such as "my-blog-1a2b3.firebaseapp.com", or remove the attribute to use that default.',
    );
  }

  const appId = attributes.appId?.trim() || undefined;
  if (appId && !APP_ID.test(appId)) {
    problem('app-id', `app-id="${appId}" is not a Firebase app ID. Copy the appId value, or remove the attribute.`);
  }

  // App Check vouches for one registered app, which the token exchange names by its ID.
  const appCheckSiteKey = attributes.appCheckSiteKey?.trim() || undefined;
  if (appCheckSiteKey && !SITE_KEY.test(appCheckSiteKey)) {
    problem(
      'app-check-site-key',
      `app-check-site-key="${appCheckSiteKey}" is not a reCAPTCHA Enterprise site key. Copy the key registered ` +
        'for App Check (Firebase console → App Check → Apps), or remove the attribute.',
    );
  } else if (appCheckSiteKey && !appId) {
    problem(
      'app-check-site-key',
      `app-check-site-key needs the app ID: add app-id="…" to <${element}>, the appId value from the Firebase ` +
        'console (Project settings → General → Your apps), or remove app-check-site-key.',
    );
  }

  const firestoreEmulator = readEmulator('firestore-emulator', attributes.firestoreEmulator, '8080', problem);
  const authEmulator = readEmulator('auth-emulator', attributes.authEmulator, '9099', problem);

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      projectId,
      apiKey,
      authDomain,
      ...(appId ? { appId } : {}),
      ...(appCheckSiteKey ? { appCheckSiteKey } : {}),
      ...(firestoreEmulator ? { firestoreEmulator } : {}),
      ...(authEmulator ? { authEmulator } : {}),
    },
  };
}

export function readThreadSettings(attributes: ThreadAttributes, page: PageFacts): Checked<ThreadSettings> {
  const given = attributes.thread?.trim();
  const threadKey = given || defaultThreadKey(page);
  if (threadDocumentId(threadKey).length > MAX_THREAD_ID_LENGTH) {
    const message = given
      ? 'The "thread" attribute is too long. Use a shorter key, such as the post\'s slug.'
      : 'This page\'s address is too long to name its comment thread. Add a shorter thread="…" attribute, such as the post\'s slug.';
    return { ok: false, problems: [{ attribute: 'thread', message }] };
  }
  const postTitle = attributes.postTitle?.trim() || page.title.trim();
  return { ok: true, value: { threadKey, postTitle } };
}

/**
 * <leave-a-reply-count>'s `thread`: the key of a post's thread, as the <leave-a-reply> on that post
 * has it. A site's templates give the post's address (a path such as "/2026/11/a-review/" or a full
 * URL), so an address becomes the key the post's widget derives from its own (threadKeyFromUrl, the
 * query kept as a canonical URL's is); any other text is the key as written, for a post whose widget
 * has a thread="…" of its own.
 */
export function readCountedThread(thread: string | null, pageUrl: string): Checked<string> {
  const given = thread?.trim();
  if (!given) {
    const message =
      'The "thread" attribute of <leave-a-reply-count> is missing. Add the post\'s address, such as ' +
      'thread="/2026/11/a-review/", or the thread="…" of the post\'s own <leave-a-reply> if it has one.';
    return { ok: false, problems: [{ attribute: 'thread', message }] };
  }
  let threadKey = given;
  // "//x" would be a host, not a path: such a key is taken as written.
  if (/^(\/(?!\/)|https?:\/\/)/i.test(given)) {
    try {
      threadKey = threadKeyFromUrl(given, { base: pageUrl, keepQuery: true });
    } catch {
      // Not a URL after all ("https://" alone): the key as written.
    }
  }
  if (threadDocumentId(threadKey).length > MAX_THREAD_ID_LENGTH) {
    return { ok: false, problems: [{ attribute: 'thread', message: 'The "thread" attribute is too long. Use a shorter key, such as the post\'s slug.' }] };
  }
  return { ok: true, value: threadKey };
}

/** The attributes that say who may comment and how they are shown (null when absent). */
export interface IdentityAttributes {
  providers: string | null;
  requireEmail: string | null;
  avatars: string | null;
}

export interface IdentitySettings {
  /** The ways to comment, in the order the picker shows them. */
  providers: Provider[];
  /** Whether a guest must give an email address. */
  requireEmail: boolean;
  /** Whether remote pictures (provider photos, Gravatar) are shown; initials otherwise. */
  avatars: boolean;
}

/**
 * Never unusable: a value that is wrong is reported, and the widget goes on with the rest (or the
 * default), because comments that work in part are better than none.
 */
export function readIdentitySettings(attributes: IdentityAttributes): { value: IdentitySettings; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const valid = PROVIDERS.join(' ');
  const providers: Provider[] = [];
  for (const name of (attributes.providers ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean)) {
    if (!isProvider(name)) {
      problems.push({
        attribute: 'providers',
        message: `providers="${attributes.providers?.trim()}" names "${name}", which is not a sign-in provider: it is left out. Valid values: ${valid}.`,
      });
    } else if (!providers.includes(name)) {
      providers.push(name);
    }
  }
  if (providers.length === 0) {
    if (attributes.providers?.trim()) {
      problems.push({
        attribute: 'providers',
        message: `providers="${attributes.providers.trim()}" leaves no way to comment, so guests may. Valid values: ${valid}.`,
      });
    }
    providers.push('guest');
  }
  return {
    value: {
      providers,
      requireEmail: readSwitch('require-email', attributes.requireEmail, ['true', 'false'], problems) !== 'false',
      avatars: readSwitch('avatars', attributes.avatars, ['on', 'off'], problems) !== 'off',
    },
    problems,
  };
}

/** The attributes that say how the conversation is shown (null when absent). */
export interface ConversationAttributes {
  order: string | null;
  pageSize: string | null;
  maxDepth: string | null;
  editWindow: string | null;
  closed: boolean;
}

export interface ConversationSettings {
  /** Of top-level comments. */
  order: 'oldest' | 'newest';
  /** Top-level comments per page. */
  pageSize: number;
  /** Nesting levels, as WordPress counts them: 1 means no replies. */
  levels: number;
  /** Minutes an author may edit or delete a comment; must match editWindow() in firestore.rules. */
  editWindowMinutes: number;
  /** No new comments: "Comments are closed." */
  closed: boolean;
}

/** Never unusable, like the identity settings: a wrong value is reported and the default used. */
export function readConversationSettings(attributes: ConversationAttributes): { value: ConversationSettings; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const order = readSwitch('order', attributes.order, ['oldest', 'newest'], problems) as 'oldest' | 'newest';
  return {
    value: {
      order,
      pageSize: readWholeNumber('page-size', attributes.pageSize, { min: 1, max: 200, default: 50 }, problems),
      levels: readWholeNumber('max-depth', attributes.maxDepth, { min: 1, max: MAX_LEVELS, default: DEFAULT_LEVELS }, problems),
      editWindowMinutes: readWholeNumber('edit-window', attributes.editWindow, { min: 0, max: 1440, default: 15 }, problems, (range) =>
        `${range} It must match editWindow() in firestore.rules (docs/setup.md).`),
      closed: attributes.closed,
    },
    problems,
  };
}

function readWholeNumber(
  attribute: string,
  value: string | null,
  limits: { min: number; max: number; default: number },
  problems: ConfigProblem[],
  explain: (range: string) => string = (range) => range,
): number {
  const text = value?.trim() ?? '';
  if (!text) return limits.default;
  const number = Number(text);
  if (/^\d+$/.test(text) && number >= limits.min && number <= limits.max) return number;
  problems.push({
    attribute,
    message: explain(
      `${attribute}="${value}" is not valid: write a whole number from ${limits.min} to ${limits.max}, or leave it out for ${limits.default}.`,
    ),
  });
  return limits.default;
}

function readSwitch(attribute: string, value: string | null, allowed: [string, string], problems: ConfigProblem[]): string {
  const text = value?.trim().toLowerCase() ?? '';
  if (!text) return allowed[0];
  if (allowed.includes(text)) return text;
  problems.push({
    attribute,
    message: `${attribute}="${value}" is not valid: write ${attribute}="${allowed[0]}" (the default) or ${attribute}="${allowed[1]}".`,
  });
  return allowed[0];
}

function readEmulator(
  attribute: string,
  value: string | null,
  examplePort: string,
  problem: (attribute: string, message: string) => void,
): HostAndPort | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const address = parseHostAndPort(text);
  if (!address) {
    problem(
      attribute,
      `${attribute}="${text}" is not a host and port. Write it as ${attribute}="127.0.0.1:${examplePort}", ` +
        'or remove the attribute to use the real Firebase project.',
    );
    return undefined;
  }
  return address;
}

/**
 * The canonical URL if the page declares one, else the page's own address. The canonical URL is the
 * site's own name for the post, so its query stays (WordPress's plain permalinks are "/?p=42"); the
 * address in the location bar may carry tracking parameters, so its query goes.
 */
function defaultThreadKey(page: PageFacts): string {
  if (page.canonicalUrl) {
    try {
      return threadKeyFromUrl(page.canonicalUrl, { base: page.url, keepQuery: true });
    } catch {
      // An unparsable canonical link is the page's problem, not the site owner's widget: use the URL.
    }
  }
  return threadKeyFromUrl(page.url);
}

/**
 * One key per post however its address is written: "/post", "/post/", "/post/?utm_source=x",
 * "/post/index.html" and "//post" are all "/post". The path is decoded so "/caf%C3%A9" is "/café".
 * With `keepQuery`, the query is part of the key ("/?p=42"); the fragment never is.
 */
export function threadKeyFromUrl(href: string, options: { base?: string; keepQuery?: boolean } = {}): string {
  const url = new URL(href, options.base);
  let path = url.pathname.replace(/\/{2,}/g, '/').replace(/\/index\.html?$/i, '/');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  try {
    path = decodeURI(path);
  } catch {
    // A malformed escape: keep the path as the browser gave it.
  }
  return (path || '/') + (options.keepQuery ? url.search : '');
}

/** The attribute that says how the widget looks (null when absent). */
export interface AppearanceAttributes {
  theme: string | null;
}

export type Theme = 'auto' | 'light' | 'dark';

export interface AppearanceSettings {
  /** `auto`: the page's colour scheme. `light`, `dark`: forced, with the widget's own background. */
  theme: Theme;
}

const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

/** Never unusable, like the identity settings: a wrong theme is reported, and the page's scheme used. */
export function readAppearanceSettings(attributes: AppearanceAttributes): { value: AppearanceSettings; problems: ConfigProblem[] } {
  const text = attributes.theme?.trim().toLowerCase() ?? '';
  const theme = THEMES.find((known) => known === text);
  if (theme || !text) return { value: { theme: theme ?? 'auto' }, problems: [] };
  return {
    value: { theme: 'auto' },
    problems: [
      {
        attribute: 'theme',
        message:
          `theme="${attributes.theme}" is not valid: write theme="auto" (the default: the page's colour scheme), ` +
          'theme="light" or theme="dark", or leave it out. The widget follows the page\'s colour scheme meanwhile.',
      },
    ],
  };
}
