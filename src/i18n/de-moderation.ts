import type { ModerationMessages } from './messages.js';

/** German moderation messages (see en-moderation.ts): loaded only for a moderator. */
export const moderation: ModerationMessages = {
  queue: (count) => `Ausstehend (${count.formatted})`,
  spam: (count) => `Spam (${count.formatted})`,
  action: {
    approve: 'Genehmigen',
    unapprove: 'Zurückweisen',
    spam: 'Spam',
    delete: 'Löschen',
    pin: 'Oben anheften',
    unpin: 'Loslösen',
    block: 'Autor sperren',
    unblock: 'Autor entsperren',
    close: 'Kommentare schließen',
    reopen: 'Kommentare wieder öffnen',
  },
  // Each name begins with the button's visible text, as speech input users say it (WCAG 2.5.3).
  label(kind, name) {
    switch (kind) {
      case 'spam':
        return `Spam: den Kommentar von ${name} als Spam markieren`;
      case 'close':
      case 'reopen':
        return moderation.action[kind];
      case 'block':
      case 'unblock':
        return `${moderation.action[kind]}: ${name}`;
      default:
        return `${moderation.action[kind]}: Kommentar von ${name}`;
    }
  },
  confirm(kind, name) {
    if (kind === 'block') return `${name} sperren? Diese Person kann dann auf dieser Website nicht mehr kommentieren.`;
    return kind === 'spam'
      ? `Den Kommentar von ${name} als Spam markieren?`
      : `Den Kommentar von ${name} löschen? Das kann nicht rückgängig gemacht werden.`;
  },
  cancel: 'Abbrechen',
  working: 'Wird gespeichert …',
  failed: (code) =>
    code === 'offline'
      ? 'Die Verbindung wurde unterbrochen. Bitte versuche es erneut.'
      : code === 'rejected' || code === 'signed-out'
        ? 'Die Website hat diese Änderung abgelehnt. Nur Moderatoren dürfen sie vornehmen: Melde dich erneut an, wenn du gerade dazu ernannt wurdest.'
        : 'Die Änderung konnte nicht vorgenommen werden. Bitte versuche es erneut.',
};
