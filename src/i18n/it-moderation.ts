import type { ModerationMessages } from './messages.js';

/** Italian moderation messages (see en-moderation.ts): loaded only for a moderator. */
export const moderation: ModerationMessages = {
  queue: (count) => `In attesa (${count.formatted})`,
  spam: (count) => `Spam (${count.formatted})`,
  action: {
    approve: 'Approva',
    unapprove: 'Non approvare',
    spam: 'Spam',
    delete: 'Elimina',
    pin: 'Fissa in alto',
    unpin: 'Togli dall’alto',
    block: 'Blocca l’autore',
    unblock: 'Sblocca l’autore',
    close: 'Chiudi i commenti',
    reopen: 'Riapri i commenti',
  },
  // Each name begins with the button's visible text, as speech input users say it (WCAG 2.5.3).
  label(kind, name) {
    switch (kind) {
      case 'spam':
        return `Spam: segna il commento di ${name} come spam`;
      case 'block':
      case 'unblock':
        return `${moderation.action[kind]} ${name}`;
      case 'close':
      case 'reopen':
        return moderation.action[kind];
      default:
        return `${moderation.action[kind]} il commento di ${name}`;
    }
  },
  confirm(kind, name) {
    if (kind === 'block') return `Bloccare ${name}? Non potrà più commentare su questo sito.`;
    return kind === 'spam' ? `Segnare il commento di ${name} come spam?` : `Eliminare il commento di ${name}? Non si potrà annullare.`;
  },
  cancel: 'Annulla',
  working: 'Salvataggio…',
  failed: (code) =>
    code === 'offline'
      ? 'La connessione si è interrotta. Riprova.'
      : code === 'rejected' || code === 'signed-out'
        ? 'Il sito ha rifiutato questa modifica. Solo i moderatori possono farla: accedi di nuovo se lo sei appena diventato.'
        : 'Non è stato possibile fare la modifica. Riprova.',
};
