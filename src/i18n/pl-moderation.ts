import type { ModerationMessages } from './messages.js';

/**
 * Polish moderation messages (see en-moderation.ts): loaded only for a moderator. Names follow
 * "użytkownika", which leaves them undeclined, as any name must be.
 */
export const moderation: ModerationMessages = {
  queue: (count) => `Oczekujące (${count.formatted})`,
  spam: (count) => `Spam (${count.formatted})`,
  action: {
    approve: 'Zatwierdź',
    unapprove: 'Odrzuć',
    spam: 'Spam',
    delete: 'Usuń',
    pin: 'Przypnij na górze',
    unpin: 'Odepnij',
    block: 'Zablokuj autora',
    unblock: 'Odblokuj autora',
    close: 'Wyłącz komentarze',
    reopen: 'Włącz ponownie komentarze',
  },
  // Each name begins with the button's visible text, as speech input users say it (WCAG 2.5.3).
  label(kind, name) {
    switch (kind) {
      case 'spam':
        return `Spam: oznacz komentarz użytkownika ${name} jako spam`;
      case 'close':
      case 'reopen':
        return moderation.action[kind];
      case 'block':
      case 'unblock':
        return `${moderation.action[kind]}: ${name}`;
      default:
        return `${moderation.action[kind]} komentarz użytkownika ${name}`;
    }
  },
  confirm(kind, name) {
    if (kind === 'block') return `Zablokować użytkownika ${name}? Nie będzie już można komentować z tego konta na tej witrynie.`;
    return kind === 'spam'
      ? `Oznaczyć komentarz użytkownika ${name} jako spam?`
      : `Usunąć komentarz użytkownika ${name}? Tej operacji nie można cofnąć.`;
  },
  cancel: 'Anuluj',
  working: 'Zapisywanie…',
  failed: (code) =>
    code === 'offline'
      ? 'Połączenie zostało przerwane. Spróbuj ponownie.'
      : code === 'rejected' || code === 'signed-out'
        ? 'Witryna odrzuciła tę zmianę. Mogą ją wprowadzić tylko moderatorzy: zaloguj się ponownie, jeśli właśnie Cię nim mianowano.'
        : 'Nie udało się wprowadzić zmiany. Spróbuj ponownie.',
};
