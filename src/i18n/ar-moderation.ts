import type { ModerationMessages } from './messages.js';

/** Arabic moderation messages (see en-moderation.ts): loaded only for a moderator. */
export const moderation: ModerationMessages = {
  queue: (count) => `بانتظار المراجعة (${count.formatted})`,
  spam: (count) => `مزعج (${count.formatted})`,
  action: {
    approve: 'موافقة',
    unapprove: 'إلغاء الموافقة',
    spam: 'مزعج',
    delete: 'حذف',
    pin: 'تثبيت في الأعلى',
    unpin: 'إلغاء التثبيت',
    block: 'حظر الكاتب',
    unblock: 'إلغاء حظر الكاتب',
    close: 'إغلاق التعليقات',
    reopen: 'إعادة فتح التعليقات',
  },
  // Each name begins with the button's visible text, as speech input users say it (WCAG 2.5.3).
  label(kind, name) {
    switch (kind) {
      case 'spam':
        return `مزعج: وسم تعليق ${name} كمزعج`;
      case 'close':
      case 'reopen':
        return moderation.action[kind];
      case 'block':
      case 'unblock':
        return `${moderation.action[kind]}: ${name}`;
      default:
        return `${moderation.action[kind]}: تعليق ${name}`;
    }
  },
  confirm(kind, name) {
    if (kind === 'block') return `هل تريد حظر ${name}؟ لن يتمكن من التعليق في هذا الموقع بعد الآن.`;
    return kind === 'spam' ? `هل تريد وسم تعليق ${name} كمزعج؟` : `هل تريد حذف تعليق ${name}؟ لا يمكن التراجع عن ذلك.`;
  },
  cancel: 'إلغاء',
  working: 'جارٍ الحفظ…',
  failed: (code) =>
    code === 'offline'
      ? 'انقطع الاتصال. يُرجى المحاولة مرة أخرى.'
      : code === 'rejected' || code === 'signed-out'
        ? 'رفض الموقع هذا التغيير. لا يستطيع إجراؤه إلا المشرفون: سجّل الدخول مرة أخرى إن كنت قد أصبحت مشرفًا للتو.'
        : 'تعذّر إجراء التغيير. يُرجى المحاولة مرة أخرى.',
};
