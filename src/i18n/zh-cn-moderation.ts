import type { ModerationMessages } from './messages.js';

/** Simplified Chinese moderation messages (see en-moderation.ts): loaded only for a moderator. */
export const moderation: ModerationMessages = {
  queue: (count) => `待审（${count.formatted}）`,
  spam: (count) => `垃圾评论（${count.formatted}）`,
  action: {
    approve: '批准',
    unapprove: '驳回',
    spam: '垃圾评论',
    delete: '删除',
    pin: '置顶',
    unpin: '取消置顶',
    block: '屏蔽作者',
    unblock: '解除屏蔽',
    close: '关闭评论',
    reopen: '重新开放评论',
  },
  // Each name begins with the button's visible text, as speech input users say it (WCAG 2.5.3).
  label(kind, name) {
    switch (kind) {
      case 'spam':
        return `垃圾评论：将 ${name} 的评论标记为垃圾评论`;
      case 'close':
      case 'reopen':
        return moderation.action[kind];
      case 'block':
      case 'unblock':
        return `${moderation.action[kind]} ${name}`;
      default:
        return `${moderation.action[kind]} ${name} 的评论`;
    }
  },
  confirm(kind, name) {
    if (kind === 'block') return `要屏蔽 ${name} 吗？对方将无法再在本站发表评论。`;
    return kind === 'spam' ? `要将 ${name} 的评论标记为垃圾评论吗？` : `要删除 ${name} 的评论吗？此操作无法撤销。`;
  },
  cancel: '取消',
  working: '正在保存…',
  failed: (code) =>
    code === 'offline'
      ? '网络连接已断开。请重试。'
      : code === 'rejected' || code === 'signed-out'
        ? '本站拒绝了此更改。只有版主可以进行此操作：如果您刚被设为版主，请重新登录。'
        : '无法完成更改。请重试。',
};
