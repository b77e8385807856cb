import type { ModerationMessages } from './messages.js';

/** Spanish moderation messages (see en-moderation.ts): loaded only for a moderator. */
export const moderation: ModerationMessages = {
  queue: (count) => `Pendientes (${count.formatted})`,
  spam: (count) => `Spam (${count.formatted})`,
  action: {
    approve: 'Aprobar',
    unapprove: 'No aprobar',
    spam: 'Spam',
    delete: 'Borrar',
    pin: 'Fijar arriba',
    unpin: 'Dejar de fijar',
    block: 'Bloquear al autor',
    unblock: 'Desbloquear al autor',
    close: 'Cerrar los comentarios',
    reopen: 'Reabrir los comentarios',
  },
  // Each name begins with the button's visible text, as speech input users say it (WCAG 2.5.3).
  label(kind, name) {
    switch (kind) {
      case 'spam':
        return `Spam: marcar el comentario de ${name} como spam`;
      case 'block':
      case 'unblock':
        return `${moderation.action[kind]} ${name}`;
      case 'close':
      case 'reopen':
        return moderation.action[kind];
      default:
        return `${moderation.action[kind]} el comentario de ${name}`;
    }
  },
  confirm(kind, name) {
    if (kind === 'block') return `¿Bloquear a ${name}? Ya no podrá comentar en este sitio.`;
    return kind === 'spam' ? `¿Marcar el comentario de ${name} como spam?` : `¿Borrar el comentario de ${name}? No se puede deshacer.`;
  },
  cancel: 'Cancelar',
  working: 'Guardando…',
  failed: (code) =>
    code === 'offline'
      ? 'Se ha perdido la conexión. Inténtalo de nuevo.'
      : code === 'rejected' || code === 'signed-out'
        ? 'El sitio ha rechazado este cambio. Solo los moderadores pueden hacerlo: vuelve a iniciar sesión si acaban de nombrarte moderador.'
        : 'No se ha podido hacer el cambio. Inténtalo de nuevo.',
};
