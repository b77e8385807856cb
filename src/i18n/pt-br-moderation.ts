import type { ModerationMessages } from './messages.js';

/** Brazilian Portuguese moderation messages (see en-moderation.ts): loaded only for a moderator. */
export const moderation: ModerationMessages = {
  queue: (count) => `Pendentes (${count.formatted})`,
  spam: (count) => `Spam (${count.formatted})`,
  action: {
    approve: 'Aprovar',
    unapprove: 'Reprovar',
    spam: 'Spam',
    delete: 'Excluir',
    pin: 'Fixar no topo',
    unpin: 'Desafixar',
    block: 'Bloquear autor',
    unblock: 'Desbloquear autor',
    close: 'Fechar comentários',
    reopen: 'Reabrir comentários',
  },
  // Each name begins with the button's visible text, as speech input users say it (WCAG 2.5.3).
  label(kind, name) {
    switch (kind) {
      case 'spam':
        return `Spam: marcar o comentário de ${name} como spam`;
      case 'block':
      case 'unblock':
        return `${moderation.action[kind]} ${name}`;
      case 'close':
      case 'reopen':
        return moderation.action[kind];
      default:
        return `${moderation.action[kind]} o comentário de ${name}`;
    }
  },
  confirm(kind, name) {
    if (kind === 'block') return `Bloquear ${name}? Essa pessoa não poderá mais comentar neste site.`;
    return kind === 'spam' ? `Marcar o comentário de ${name} como spam?` : `Excluir o comentário de ${name}? Isso não pode ser desfeito.`;
  },
  cancel: 'Cancelar',
  working: 'Salvando…',
  failed: (code) =>
    code === 'offline'
      ? 'A conexão caiu. Tente novamente.'
      : code === 'rejected' || code === 'signed-out'
        ? 'O site recusou esta alteração. Só moderadores podem fazê-la: faça login novamente se você acabou de se tornar um.'
        : 'Não foi possível fazer a alteração. Tente novamente.',
};
