import type { ModerationMessages } from './messages.js';

/** French moderation messages (see en-moderation.ts): loaded only for a moderator. */
export const moderation: ModerationMessages = {
  queue: (count) => `En attente (${count.formatted})`,
  spam: (count) => `Indésirables (${count.formatted})`,
  action: {
    approve: 'Approuver',
    unapprove: 'Désapprouver',
    spam: 'Indésirable',
    delete: 'Supprimer',
    pin: 'Épingler en haut',
    unpin: 'Désépingler',
    block: 'Bloquer l’auteur',
    unblock: 'Débloquer l’auteur',
    close: 'Fermer les commentaires',
    reopen: 'Rouvrir les commentaires',
  },
  // Each name begins with the button's visible text, as speech input users say it (WCAG 2.5.3).
  label(kind, name) {
    switch (kind) {
      case 'spam':
        return `Indésirable\u00a0: marquer le commentaire de ${name} comme indésirable`;
      case 'block':
      case 'unblock':
        return `${moderation.action[kind]} ${name}`;
      case 'close':
      case 'reopen':
        return moderation.action[kind];
      default:
        return `${moderation.action[kind]} le commentaire de ${name}`;
    }
  },
  confirm(kind, name) {
    if (kind === 'block') return `Bloquer ${name}\u00a0? Cette personne ne pourra plus commenter sur ce site.`;
    return kind === 'spam'
      ? `Marquer le commentaire de ${name} comme indésirable\u00a0?`
      : `Supprimer le commentaire de ${name}\u00a0? Cette action est irréversible.`;
  },
  cancel: 'Annuler',
  working: 'Enregistrement…',
  failed: (code) =>
    code === 'offline'
      ? 'La connexion a été perdue. Veuillez réessayer.'
      : code === 'rejected' || code === 'signed-out'
        ? 'Le site a refusé cette modification. Seuls les modérateurs peuvent la faire\u00a0: reconnectez-vous si vous venez de le devenir.'
        : 'La modification n’a pas pu être faite. Veuillez réessayer.',
};
