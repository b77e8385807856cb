import type { ModerationMessages } from './messages.js';

/** Dutch moderation messages (see en-moderation.ts): loaded only for a moderator. */
export const moderation: ModerationMessages = {
  queue: (count) => `In afwachting (${count.formatted})`,
  spam: (count) => `Spam (${count.formatted})`,
  action: {
    approve: 'Goedkeuren',
    unapprove: 'Afkeuren',
    spam: 'Spam',
    delete: 'Verwijderen',
    pin: 'Bovenaan vastzetten',
    unpin: 'Losmaken',
    block: 'Auteur blokkeren',
    unblock: 'Auteur deblokkeren',
    close: 'Reacties sluiten',
    reopen: 'Reacties heropenen',
  },
  // Each name begins with the button's visible text, as speech input users say it (WCAG 2.5.3).
  label(kind, name) {
    switch (kind) {
      case 'spam':
        return `Spam: de reactie van ${name} als spam markeren`;
      case 'close':
      case 'reopen':
        return moderation.action[kind];
      case 'block':
      case 'unblock':
        return `${moderation.action[kind]}: ${name}`;
      default:
        return `${moderation.action[kind]}: reactie van ${name}`;
    }
  },
  confirm(kind, name) {
    if (kind === 'block') return `${name} blokkeren? Die persoon kan dan niet meer reageren op deze site.`;
    return kind === 'spam'
      ? `De reactie van ${name} als spam markeren?`
      : `De reactie van ${name} verwijderen? Dit kan niet ongedaan worden gemaakt.`;
  },
  cancel: 'Annuleren',
  working: 'Opslaan…',
  failed: (code) =>
    code === 'offline'
      ? 'De verbinding is verbroken. Probeer het opnieuw.'
      : code === 'rejected' || code === 'signed-out'
        ? 'De site heeft deze wijziging geweigerd. Alleen moderators mogen dit: log opnieuw in als je net moderator bent geworden.'
        : 'De wijziging kon niet worden gemaakt. Probeer het opnieuw.',
};
