import type { ModerationMessages } from './messages.js';

/** Japanese moderation messages (see en-moderation.ts): loaded only for a moderator. */
export const moderation: ModerationMessages = {
  queue: (count) => `承認待ち (${count.formatted})`,
  spam: (count) => `スパム (${count.formatted})`,
  action: {
    approve: '承認',
    unapprove: '承認解除',
    spam: 'スパム',
    delete: '削除',
    pin: '先頭に固定',
    unpin: '固定を解除',
    block: '投稿者をブロック',
    unblock: '投稿者のブロックを解除',
    close: 'コメントを閉じる',
    reopen: 'コメントを再開',
  },
  // Each name begins with the button's visible text, as speech input users say it (WCAG 2.5.3).
  label(kind, name) {
    switch (kind) {
      case 'spam':
        return `スパム: ${name} さんのコメントをスパムとしてマーク`;
      case 'close':
      case 'reopen':
        return moderation.action[kind];
      case 'block':
      case 'unblock':
        return `${moderation.action[kind]}: ${name} さん`;
      default:
        return `${moderation.action[kind]}: ${name} さんのコメント`;
    }
  },
  confirm(kind, name) {
    if (kind === 'block') return `${name} さんをブロックしますか？このサイトにコメントできなくなります。`;
    return kind === 'spam'
      ? `${name} さんのコメントをスパムとしてマークしますか？`
      : `${name} さんのコメントを削除しますか？元に戻すことはできません。`;
  },
  cancel: 'キャンセル',
  working: '保存中…',
  failed: (code) =>
    code === 'offline'
      ? '接続が切れました。もう一度お試しください。'
      : code === 'rejected' || code === 'signed-out'
        ? 'サイトがこの変更を受け付けませんでした。変更できるのはモデレーターだけです。モデレーターになったばかりの場合は、もう一度ログインしてください。'
        : '変更できませんでした。もう一度お試しください。',
};
