import type { ModerationMessages } from './messages.js';

/** Russian moderation messages (see en-moderation.ts): loaded only for a moderator. */
export const moderation: ModerationMessages = {
  queue: (count) => `На проверке (${count.formatted})`,
  spam: (count) => `Спам (${count.formatted})`,
  action: {
    approve: 'Одобрить',
    unapprove: 'Отклонить',
    spam: 'Спам',
    delete: 'Удалить',
    pin: 'Закрепить вверху',
    unpin: 'Открепить',
    block: 'Заблокировать автора',
    unblock: 'Разблокировать автора',
    close: 'Закрыть комментарии',
    reopen: 'Открыть комментарии',
  },
  // Each name begins with the button's visible text, as speech input users say it (WCAG 2.5.3).
  label(kind, name) {
    switch (kind) {
      case 'spam':
        return `Спам: пометить комментарий от ${name} как спам`;
      case 'close':
      case 'reopen':
        return moderation.action[kind];
      case 'block':
      case 'unblock':
        return `${moderation.action[kind]}: ${name}`;
      default:
        return `${moderation.action[kind]} комментарий от ${name}`;
    }
  },
  confirm(kind, name) {
    if (kind === 'block') return `Заблокировать ${name}? Этот человек больше не сможет комментировать на этом сайте.`;
    return kind === 'spam' ? `Пометить комментарий от ${name} как спам?` : `Удалить комментарий от ${name}? Это действие нельзя отменить.`;
  },
  cancel: 'Отмена',
  working: 'Сохранение…',
  failed: (code) =>
    code === 'offline'
      ? 'Соединение потеряно. Попробуйте снова.'
      : code === 'rejected' || code === 'signed-out'
        ? 'Сайт отклонил это изменение. Его могут внести только модераторы: войдите снова, если вас только что назначили.'
        : 'Не удалось внести изменение. Попробуйте снова.',
};
