import type { Counted, Messages } from './messages.js';

/** The noun for a count, by CLDR's Russian categories: 1 комментарий, 2 комментария, 5 комментариев, 1,5 комментария. */
function form(count: Counted, one: string, few: string, many: string, other: string): string {
  return count.plural === 'one' ? one : count.plural === 'few' ? few : count.plural === 'many' ? many : other;
}

/** Russian (Russia's WordPress: «ёлочки», вы). */
export const ru: Messages = {
  widget: {
    unavailable: 'Комментарии на этой странице недоступны.',
  },
  thread: {
    heading(count, title) {
      const on = title ? ` к записи «${title}»` : '';
      if (count.value === 0) return `Пока нет комментариев${on}`;
      if (count.value === 1) return `Один комментарий${on}`;
      return `${count.formatted} ${form(count, 'комментарий', 'комментария', 'комментариев', 'комментария')}${on}`;
    },
    loading: 'Загрузка комментариев…',
    waitingForConnection: 'Ожидание подключения для загрузки комментариев…',
    loadFailed: 'Не удалось загрузить комментарии.',
    liveFailed: 'Новые комментарии сейчас не могут быть показаны.',
    tryAgain: 'Повторить',
    loadMore: 'Загрузить ещё комментарии',
    loadingMore: 'Загрузка комментариев…',
    loadMoreFailed: 'Не удалось загрузить ещё комментарии. Проверьте подключение и попробуйте снова.',
    newComments: (count) =>
      `${count.formatted} ${form(count, 'новый комментарий', 'новых комментария', 'новых комментариев', 'нового комментария')}`,
    closed: 'Комментарии закрыты.',
  },
  comment: {
    says: 'пишет:',
    pending: 'На проверке',
    signedInWith: (provider) => `(вход через ${provider})`,
    edited: 'Изменён',
    deleted: 'Этот комментарий удалён.',
    reply: 'Ответить',
    replyTo: (name) => `Ответить: ${name}`,
    edit: 'Изменить',
    editLabel: 'Измените свой комментарий',
    save: 'Сохранить',
    saving: 'Сохранение…',
    cancel: 'Отмена',
    delete: 'Удалить',
    deleting: 'Удаление…',
    confirmDelete: 'Удалить ваш комментарий? Это действие нельзя отменить.',
    changeFailed(code) {
      switch (code) {
        case 'too-late':
          return 'Время, отведённое на изменение этого комментария, истекло.';
        case 'offline':
          return 'Соединение потеряно. Попробуйте снова.';
        case 'signed-out':
          return 'Изменить этот комментарий может только его автор, а вы больше не вошли в его учётную запись.';
        default:
          return 'Не удалось изменить комментарий. Попробуйте снова.';
      }
    },
    held: 'Ваш комментарий ожидает проверки.',
    pinned: 'Закреплён',
  },
  identity: {
    intro: 'Заполните поля ниже или войдите, нажав на значок:',
    introAccountsOnly: 'Войдите, нажав на значок:',
    logInWith: (provider) => `Войти через ${provider}`,
    connecting: (provider) => `Подключение к ${provider}…`,
    cancel: 'Отмена',
    retry: 'Повторить',
    commentingUsing: (provider) => `Вы комментируете, используя свою учётную запись ${provider}.`,
    commentingAs: (name) => `Вы комментируете как ${name}.`,
    logOut: 'Выйти',
    change: 'Изменить',
    saveDetails: 'Сохранить моё имя, email и адрес сайта в этом браузере для последующих моих комментариев.',
    accountNameHint: 'Показывается рядом с вашими комментариями.',
    failed(code, provider, guestOffered) {
      const orGuest = guestOffered ? ' Вы можете вместо этого заполнить поля и оставить комментарий как гость.' : '';
      switch (code) {
        case 'popup-closed':
          return `Окно ${provider} закрылось до входа. Ваш текст сохранён.`;
        case 'offline':
          return `${provider} недоступен. Проверьте подключение и попробуйте снова; ваш текст сохранён.`;
        case 'not-enabled':
          return `Вход через ${provider} на этом сайте недоступен.${orGuest}`;
        case 'storage-blocked':
          return `Ваш браузер блокирует вход на этом сайте, поэтому войти через ${provider} здесь нельзя.${orGuest}`;
        case 'refused':
          return `${provider} не разрешил войти с этой учётной записью. Ваш текст сохранён.${orGuest}`;
        case 'invalid-link':
          return 'Срок действия этой ссылки для входа истёк, она уже использована или открыта в другом браузере. Запросите новую.';
        case 'unknown':
          return 'Что-то пошло не так при входе. Ваш текст сохранён; попробуйте снова.';
      }
    },
    accountExists: (provider) =>
      `С этой учётной записи ${provider} уже оставляли комментарии на этом сайте. Войти в неё? ` +
      'Ваши гостевые комментарии останутся за вашим гостевым профилем в этом браузере.',
    useExisting: (provider) => `Войти в эту учётную запись ${provider}`,
    stayGuest: 'Остаться гостем',
    emailLinkLabel: 'Email для ссылки входа',
    sendLink: 'Прислать ссылку для входа',
    linkSent: (email) => `Проверьте почту: мы отправили ссылку для входа на ${email}. Откройте её в этом браузере, чтобы войти.`,
    signInFirst: 'Войдите, чтобы опубликовать комментарий. Ваш текст сохранён.',
  },
  count: {
    comments(count) {
      if (count.value === 0) return 'Комментариев нет';
      return `${count.formatted} ${form(count, 'комментарий', 'комментария', 'комментариев', 'комментария')}`;
    },
  },
  form: {
    title: 'Добавить комментарий',
    replyTitle: (name) => `Ответ для ${name}`,
    cancelReply: 'Отменить ответ',
    requiredNote: 'Ваш адрес email не будет опубликован. Обязательные поля помечены *',
    commentLabel: 'Комментарий',
    nameLabel: 'Имя',
    emailLabel: 'Email',
    emailHint: 'Никогда не публикуется.',
    websiteLabel: 'Сайт',
    submit: 'Отправить комментарий',
    submitting: 'Отправка…',
    required: {
      text: 'Напишите комментарий.',
      name: 'Введите имя.',
      email: 'Введите адрес email.',
    },
    // The limits come as numbers of any size: sentences that need no plural form of the noun.
    tooLong: (limit) => `Слишком длинный текст: максимальное число символов — ${limit}.`,
    tooManyLinks: (limit) => `Максимальное число ссылок в комментарии — ${limit}.`,
    honeypotLabel: 'Оставьте это поле пустым',
    invalidEmail: 'Введите правильный адрес email, например name@example.com.',
    invalidWebsite: 'Введите адрес сайта, например https://example.com, или оставьте поле «Сайт» пустым.',
    postFailed(code) {
      switch (code) {
        case 'offline':
          return 'Не удалось опубликовать комментарий: соединение потеряно. Ваш текст сохранён; попробуйте снова.';
        case 'rejected':
          return 'Сайт отклонил ваш комментарий. Ваш текст сохранён; проверьте его и попробуйте снова.';
        case 'misconfigured':
          return 'Сейчас на этом сайте нельзя публиковать комментарии. Ваш текст сохранён.';
        case 'signed-out':
          return 'Вы вышли из учётной записи до отправки комментария. Ваш текст сохранён; войдите снова.';
        case 'closed':
          return 'Комментарии закрыты. Ваш текст сохранён, но опубликовать его нельзя.';
        case 'too-soon':
          return 'Подождите несколько секунд перед следующим комментарием. Ваш текст сохранён.';
        case 'blocked':
          return 'Вы больше не можете комментировать на этом сайте. Ваш текст сохранён.';
        case 'unknown':
          return 'Что-то пошло не так при публикации комментария. Ваш текст сохранён; попробуйте снова.';
      }
    },
    stillSending:
      'Ожидание подключения. Ваш комментарий сохранён в этом браузере и будет опубликован, когда соединение восстановится.',
    posted: 'Ваш комментарий опубликован.',
  },
};
