import type { Counted, Messages } from './messages.js';

/**
 * A count in words, by CLDR's six Arabic categories: the number itself is left out for 0, 1 and 2,
 * as Arabic says them with the noun alone ("تعليق واحد", "تعليقان").
 */
function counted(count: Counted, forms: Record<Intl.LDMLPluralRule, string>): string {
  return forms[count.plural].replace('#', count.formatted);
}

/** The number of comments: لا توجد تعليقات، تعليق واحد، تعليقان، ٣ تعليقات، ١١ تعليقًا، ١٠١ تعليق. */
const comments = (count: Counted) =>
  counted(count, { zero: 'لا توجد تعليقات', one: 'تعليق واحد', two: 'تعليقان', few: '# تعليقات', many: '# تعليقًا', other: '# تعليق' });

/** Arabic (WordPress's Arabic: «علامات التنصيص», right to left). */
export const ar: Messages = {
  widget: {
    unavailable: 'التعليقات غير متاحة في هذه الصفحة.',
  },
  thread: {
    heading: (count, title) => (title ? `${comments(count)} على «${title}»` : comments(count)),
    loading: 'جارٍ تحميل التعليقات…',
    waitingForConnection: 'بانتظار الاتصال لتحميل التعليقات…',
    loadFailed: 'تعذّر تحميل التعليقات.',
    liveFailed: 'لا يمكن عرض التعليقات الجديدة الآن.',
    tryAgain: 'أعد المحاولة',
    loadMore: 'تحميل المزيد من التعليقات',
    loadingMore: 'جارٍ تحميل المزيد من التعليقات…',
    loadMoreFailed: 'تعذّر تحميل المزيد من التعليقات. يُرجى التحقق من اتصالك والمحاولة مرة أخرى.',
    newComments: (count) =>
      counted(count, {
        zero: 'لا توجد تعليقات جديدة',
        one: 'تعليق جديد واحد',
        two: 'تعليقان جديدان',
        few: '# تعليقات جديدة',
        many: '# تعليقًا جديدًا',
        other: '# تعليق جديد',
      }),
    closed: 'التعليقات مغلقة.',
  },
  comment: {
    says: 'قال:',
    pending: 'بانتظار المراجعة',
    signedInWith: (provider) => `(مسجّل الدخول عبر ${provider})`,
    edited: 'معدّل',
    deleted: 'حُذف هذا التعليق.',
    reply: 'رد',
    replyTo: (name) => `الرد على ${name}`,
    edit: 'تحرير',
    editLabel: 'حرّر تعليقك',
    save: 'حفظ',
    saving: 'جارٍ الحفظ…',
    cancel: 'إلغاء',
    delete: 'حذف',
    deleting: 'جارٍ الحذف…',
    confirmDelete: 'هل تريد حذف تعليقك؟ لا يمكن التراجع عن ذلك.',
    changeFailed(code) {
      switch (code) {
        case 'too-late':
          return 'انتهت المدة المتاحة لتغيير هذا التعليق.';
        case 'offline':
          return 'انقطع الاتصال. يُرجى المحاولة مرة أخرى.';
        case 'signed-out':
          return 'لا يمكن تغيير هذا التعليق إلا لكاتبه، ولم تعد مسجّل الدخول بحسابه.';
        default:
          return 'تعذّر تغيير التعليق. يُرجى المحاولة مرة أخرى.';
      }
    },
    held: 'تعليقك بانتظار المراجعة.',
    pinned: 'مثبّت',
  },
  identity: {
    intro: 'أدخل بياناتك أدناه أو انقر على أيقونة لتسجيل الدخول:',
    introAccountsOnly: 'انقر على أيقونة لتسجيل الدخول:',
    logInWith: (provider) => `تسجيل الدخول عبر ${provider}`,
    connecting: (provider) => `جارٍ الاتصال بـ ${provider}…`,
    cancel: 'إلغاء',
    retry: 'أعد المحاولة',
    commentingUsing: (provider) => `أنت تعلّق باستخدام حسابك في ${provider}.`,
    commentingAs: (name) => `أنت تعلّق باسم ${name}.`,
    logOut: 'تسجيل الخروج',
    change: 'تغيير',
    saveDetails: 'احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.',
    accountNameHint: 'يظهر مع تعليقاتك.',
    failed(code, provider, guestOffered) {
      const orGuest = guestOffered ? ' يمكنك بدلاً من ذلك إدخال بياناتك والتعليق كزائر.' : '';
      switch (code) {
        case 'popup-closed':
          return `أُغلقت نافذة ${provider} قبل تسجيل الدخول. نصّك ما زال هنا.`;
        case 'offline':
          return `تعذّر الوصول إلى ${provider}. يُرجى التحقق من اتصالك والمحاولة مرة أخرى؛ نصّك ما زال هنا.`;
        case 'not-enabled':
          return `تسجيل الدخول عبر ${provider} غير متاح في هذا الموقع.${orGuest}`;
        case 'storage-blocked':
          return `متصفحك يحظر تسجيل الدخول في هذا الموقع، لذا لا يمكن تسجيل الدخول عبر ${provider} هنا.${orGuest}`;
        case 'refused':
          return `لم يسمح ${provider} بتسجيل الدخول بهذا الحساب. نصّك ما زال هنا.${orGuest}`;
        case 'invalid-link':
          return 'انتهت صلاحية رابط تسجيل الدخول هذا، أو استُخدم من قبل، أو فُتح في متصفح آخر. يُرجى طلب رابط جديد.';
        case 'unknown':
          return 'حدث خطأ أثناء تسجيل الدخول. نصّك ما زال هنا؛ يُرجى المحاولة مرة أخرى.';
      }
    },
    accountExists: (provider) =>
      `سبق استخدام حساب ${provider} هذا للتعليق في هذا الموقع. هل تريد تسجيل الدخول به؟ ` +
      'تبقى تعليقاتك كزائر مرتبطة بهويتك كزائر في هذا المتصفح.',
    useExisting: (provider) => `تسجيل الدخول إلى حساب ${provider} ذاك`,
    stayGuest: 'البقاء زائرًا',
    emailLinkLabel: 'البريد الإلكتروني لرابط تسجيل الدخول',
    sendLink: 'أرسل لي رابط تسجيل الدخول',
    linkSent: (email) => `تحقق من بريدك: أرسلنا رابط تسجيل الدخول إلى ${email}. افتحه في هذا المتصفح لتسجيل الدخول.`,
    signInFirst: 'يُرجى تسجيل الدخول لنشر تعليقك. نصّك ما زال هنا.',
  },
  count: {
    comments,
  },
  form: {
    title: 'أضف تعليقاً',
    replyTitle: (name) => `أضف ردًا على ${name}`,
    cancelReply: 'إلغاء الرد',
    requiredNote: 'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *',
    commentLabel: 'التعليق',
    nameLabel: 'الاسم',
    emailLabel: 'البريد الإلكتروني',
    emailHint: 'لا يُنشر أبدًا.',
    websiteLabel: 'الموقع الإلكتروني',
    submit: 'إرسال التعليق',
    submitting: 'جارٍ النشر…',
    required: {
      text: 'يُرجى كتابة تعليقك.',
      name: 'يُرجى إدخال اسمك.',
      email: 'يُرجى إدخال بريدك الإلكتروني.',
    },
    // The limits come as numbers of any size: sentences that need no plural form of the noun.
    tooLong: (limit) => `النص طويل جدًا: الحد الأقصى لعدد الأحرف هو ${limit}.`,
    tooManyLinks: (limit) => `الحد الأقصى لعدد الروابط في التعليق هو ${limit}.`,
    honeypotLabel: 'اترك هذا الحقل فارغًا',
    invalidEmail: 'يُرجى إدخال بريد إلكتروني صالح، مثل name@example.com.',
    invalidWebsite: 'يُرجى إدخال عنوان ويب مثل https://example.com، أو ترك حقل الموقع الإلكتروني فارغًا.',
    postFailed(code) {
      switch (code) {
        case 'offline':
          return 'تعذّر نشر تعليقك: انقطع الاتصال. نصّك ما زال هنا؛ يُرجى المحاولة مرة أخرى.';
        case 'rejected':
          return 'رفض الموقع تعليقك. نصّك ما زال هنا؛ يُرجى مراجعته والمحاولة مرة أخرى.';
        case 'misconfigured':
          return 'لا يمكن نشر التعليقات في هذا الموقع الآن. نصّك ما زال هنا.';
        case 'signed-out':
          return 'سُجّل خروجك قبل إرسال تعليقك. نصّك ما زال هنا؛ يُرجى تسجيل الدخول مرة أخرى.';
        case 'closed':
          return 'التعليقات مغلقة. نصّك ما زال هنا، لكن لا يمكن نشره.';
        case 'too-soon':
          return 'يُرجى الانتظار بضع ثوانٍ قبل النشر مرة أخرى. نصّك ما زال هنا.';
        case 'blocked':
          return 'لم يعد بإمكانك التعليق في هذا الموقع. نصّك ما زال هنا.';
        case 'unknown':
          return 'حدث خطأ أثناء نشر تعليقك. نصّك ما زال هنا؛ يُرجى المحاولة مرة أخرى.';
      }
    },
    stillSending: 'بانتظار الاتصال. تعليقك محفوظ في هذا المتصفح وسيُنشر عند عودة الاتصال.',
    posted: 'نُشر تعليقك.',
  },
};
