/**
 * A missing translation fails here (and at type-check time, through Messages and ModerationMessages):
 * every shipped locale has exactly English's keys, each a string where English has a string and a
 * function where it has one, and every function answers every sample below with a real sentence.
 */
import { expect } from '@open-wc/testing';
import type { Localization } from '../../src/i18n/localization.js';
import type { ModerationKind } from '../../src/i18n/messages.js';
import { countedIn, loaded, moderationOf, SHIPPED } from './locale-support.js';

const STORE_CODES = ['offline', 'rejected', 'misconfigured', 'signed-out', 'closed', 'too-soon', 'blocked', 'unknown'];
const ACCOUNT_CODES = ['popup-closed', 'offline', 'not-enabled', 'storage-blocked', 'refused', 'invalid-link', 'unknown'];
const KINDS: ModerationKind[] = ['approve', 'unapprove', 'spam', 'delete', 'pin', 'unpin', 'block', 'unblock', 'close', 'reopen'];
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 22, 101, 1000000];

/**
 * The arguments each sentence is tried with, by its path, counts written for the locale. A function
 * English gains without a line here fails the test, so a new sentence cannot go untried.
 */
function samples(l10n: Localization): Record<string, unknown[][]> {
  const counts = COUNTS.map((n) => countedIn(l10n, n));
  const each = (values: readonly unknown[], ...rest: unknown[]) => values.map((value) => [value, ...rest]);
  return {
    'thread.heading': [...each(counts, 'Night Train'), ...each(counts, '')],
    'thread.newComments': each(counts),
    'comment.signedInWith': [['Google']],
    'comment.replyTo': [['Ada']],
    'comment.changeFailed': each([...STORE_CODES, 'too-late']),
    'identity.logInWith': [['Google']],
    'identity.connecting': [['Google']],
    'identity.commentingUsing': [['Google']],
    'identity.commentingAs': [['Ada']],
    'identity.failed': ACCOUNT_CODES.flatMap((code) => [[code, 'Google', true], [code, 'Google', false]]),
    'identity.accountExists': [['Google']],
    'identity.useExisting': [['Google']],
    'identity.linkSent': [['ada@example.com']],
    'count.comments': each(counts),
    'form.replyTitle': [['Ada']],
    'form.tooLong': [[l10n.formatNumber(5000)]],
    'form.tooManyLinks': [[l10n.formatNumber(2)]],
    'form.postFailed': each(STORE_CODES),
    'moderation.queue': each(counts),
    'moderation.spam': each(counts),
    'moderation.label': each(KINDS, 'Ada'),
    'moderation.confirm': each(['delete', 'spam', 'block'], 'Ada'),
    'moderation.failed': each(STORE_CODES),
  };
}

type Tree = { [key: string]: unknown };

/** Every leaf of a messages tree by its dotted path: a string or a function. */
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [inner, leaf] of leaves(value as Tree, path)) found.set(inner, leaf);
    else found.set(path, value);
  }
  return found;
}

/** A sentence a reader could be shown: not empty, and nothing leaked from code into it. */
function expectSentence(text: unknown, where: string): void {
  expect(text, where).to.be.a('string');
  expect((text as string).trim(), where).to.not.equal('');
  expect(text as string, where).to.not.match(/\bundefined\b|\bnull\b|\bNaN\b|\[object|\$\{|#/);
}

/** English and the locale's trees: the readers' messages and the moderators', under `moderation`. */
async function trees(tag: string) {
  const l10n = await loaded(tag);
  return { l10n, tree: leaves({ ...l10n.messages, moderation: await moderationOf(l10n) } as unknown as Tree) };
}

describe('Every shipped locale is complete', () => {
  it('English itself: each function has its samples, and answers them', async () => {
    const { l10n, tree } = await trees('en');
    const tried = samples(l10n);
    for (const [path, value] of tree) {
      if (typeof value === 'function') expect(tried, `${path} has samples in this test`).to.have.property(path);
    }
    expect([...tree.keys()]).to.include.members(Object.keys(tried));
  });

  for (const tag of SHIPPED.filter((shipped) => shipped !== 'en')) {
    it(`${tag}: English's keys, the same kinds of values, and a sentence for every sample`, async () => {
      const english = await trees('en');
      const { l10n, tree } = await trees(tag);
      expect(l10n.locale).to.equal(tag);
      // Its own messages, not English's fallback.
      expect(l10n.messages.form.title).to.not.equal(english.l10n.messages.form.title);
      expect([...tree.keys()].sort(), 'keys').to.deep.equal([...english.tree.keys()].sort());
      const tried = samples(l10n);
      for (const [path, value] of english.tree) {
        const translated = tree.get(path);
        expect(typeof translated, `${tag} ${path}`).to.equal(typeof value);
        if (typeof value === 'string') {
          expectSentence(translated, `${tag} ${path}`);
          continue;
        }
        for (const args of tried[path] ?? []) {
          const where = `${tag} ${path}(${JSON.stringify(args)})`;
          const text = (translated as (...given: unknown[]) => unknown)(...args);
          expectSentence(text, where);
          // A name, a provider or an address English shows, the translation shows too.
          const shown = (value as (...given: unknown[]) => string)(...args);
          for (const arg of args) {
            if (typeof arg === 'string' && arg && /[A-Z@]/.test(arg)) expect((text as string).includes(arg), `${where} shows ${arg}`).to.equal(shown.includes(arg));
          }
        }
      }
    });
  }
});
