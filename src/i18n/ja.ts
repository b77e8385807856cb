import type { Messages } from './messages.js';

/** Japanese (Japan's WordPress: 「かぎ括弧」, です・ます). One plural form: counted with 件. */
export const ja: Messages = {
  widget: {
    unavailable: 'このページではコメントを利用できません。',
  },
  thread: {
    heading(count, title) {
      const on = title ? `「${title}」への` : '';
      if (count.value === 0) return title ? `「${title}」へのコメントはまだありません` : 'コメントはまだありません';
      return `${on}${count.formatted}件のコメント`;
    },
    loading: 'コメントを読み込み中…',
    waitingForConnection: 'コメントを読み込むため、接続を待っています…',
    loadFailed: 'コメントを読み込めませんでした。',
    liveFailed: '現在、新しいコメントを表示できません。',
    tryAgain: '再試行',
    loadMore: 'さらにコメントを読み込む',
    loadingMore: 'さらにコメントを読み込み中…',
    loadMoreFailed: 'これ以上コメントを読み込めませんでした。接続を確認して、もう一度お試しください。',
    newComments: (count) => `${count.formatted}件の新しいコメント`,
    closed: 'コメントは受け付けていません。',
  },
  comment: {
    says: 'より:',
    pending: '承認待ち',
    signedInWith: (provider) => `(${provider} でログイン)`,
    edited: '編集済み',
    deleted: 'このコメントは削除されました。',
    reply: '返信',
    replyTo: (name) => `${name} に返信`,
    edit: '編集',
    editLabel: 'コメントを編集',
    save: '保存',
    saving: '保存中…',
    cancel: 'キャンセル',
    delete: '削除',
    deleting: '削除中…',
    confirmDelete: 'コメントを削除しますか？元に戻すことはできません。',
    changeFailed(code) {
      switch (code) {
        case 'too-late':
          return 'このコメントを変更できる時間は過ぎました。';
        case 'offline':
          return '接続が切れました。もう一度お試しください。';
        case 'signed-out':
          return 'このコメントを変更できるのは投稿者だけですが、投稿者のアカウントからログアウトしています。';
        default:
          return 'コメントを変更できませんでした。もう一度お試しください。';
      }
    },
    held: 'コメントは承認待ちです。',
    pinned: '固定',
  },
  identity: {
    intro: '以下に詳細を記入するか、アイコンをクリックしてログインしてください。',
    introAccountsOnly: 'アイコンをクリックしてログインしてください。',
    logInWith: (provider) => `${provider} でログイン`,
    connecting: (provider) => `${provider} に接続中…`,
    cancel: 'キャンセル',
    retry: '再試行',
    commentingUsing: (provider) => `${provider} アカウントを使用してコメントしています。`,
    commentingAs: (name) => `${name} としてコメントしています。`,
    logOut: 'ログアウト',
    change: '変更',
    saveDetails: '次回のコメントで使用するためブラウザーに自分の名前、メールアドレス、サイトを保存する。',
    accountNameHint: 'コメントと一緒に表示されます。',
    failed(code, provider, guestOffered) {
      const orGuest = guestOffered ? '代わりに詳細を記入して、ゲストとしてコメントすることもできます。' : '';
      switch (code) {
        case 'popup-closed':
          return `ログインの前に ${provider} のウィンドウが閉じられました。入力した文章はそのまま残っています。`;
        case 'offline':
          return `${provider} に接続できませんでした。接続を確認して、もう一度お試しください。入力した文章はそのまま残っています。`;
        case 'not-enabled':
          return `このサイトでは ${provider} でのログインは利用できません。${orGuest}`;
        case 'storage-blocked':
          return `ブラウザーがこのサイトでのログインをブロックしているため、ここでは ${provider} でログインできません。${orGuest}`;
        case 'refused':
          return `${provider} はこのアカウントでのログインを許可しませんでした。入力した文章はそのまま残っています。${orGuest}`;
        case 'invalid-link':
          return 'このログインリンクは期限切れか、使用済みか、別のブラウザーで開かれました。新しいリンクをリクエストしてください。';
        case 'unknown':
          return 'ログイン中に問題が発生しました。入力した文章はそのまま残っています。もう一度お試しください。';
      }
    },
    accountExists: (provider) =>
      `この ${provider} アカウントは、すでにこのサイトでのコメントに使われています。このアカウントでログインしますか？` +
      'ゲストとして投稿したコメントは、このブラウザーのゲストとしての身元に残ります。',
    useExisting: (provider) => `その ${provider} アカウントでログイン`,
    stayGuest: 'ゲストのまま続ける',
    emailLinkLabel: 'ログインリンクを受け取るメールアドレス',
    sendLink: 'ログインリンクを送信',
    linkSent: (email) => `メールを確認してください。${email} にログインリンクを送信しました。このブラウザーで開くとログインできます。`,
    signInFirst: 'コメントを投稿するにはログインしてください。入力した文章はそのまま残っています。',
  },
  count: {
    comments: (count) => (count.value === 0 ? 'コメントはまだありません' : `${count.formatted}件のコメント`),
  },
  form: {
    title: 'コメントを残す',
    replyTitle: (name) => `${name} へ返信する`,
    cancelReply: '返信をキャンセルする',
    requiredNote: 'メールアドレスが公開されることはありません。 * が付いている欄は必須項目です',
    commentLabel: 'コメント',
    nameLabel: '名前',
    emailLabel: 'メール',
    emailHint: '公開されることはありません。',
    websiteLabel: 'サイト',
    submit: 'コメントを送信',
    submitting: '送信中…',
    required: {
      text: 'コメントを入力してください。',
      name: '名前を入力してください。',
      email: 'メールアドレスを入力してください。',
    },
    tooLong: (limit) => `長すぎます。${limit}文字以内で入力してください。`,
    tooManyLinks: (limit) => `1つのコメントに含めるリンクは${limit}個までにしてください。`,
    honeypotLabel: 'この欄は空のままにしてください',
    invalidEmail: 'name@example.com のような有効なメールアドレスを入力してください。',
    invalidWebsite: 'https://example.com のようなウェブアドレスを入力するか、サイト欄を空にしてください。',
    postFailed(code) {
      switch (code) {
        case 'offline':
          return '接続が切れたため、コメントを投稿できませんでした。入力した文章はそのまま残っています。もう一度お試しください。';
        case 'rejected':
          return 'サイトがコメントを受け付けませんでした。入力した文章はそのまま残っています。内容を確認して、もう一度お試しください。';
        case 'misconfigured':
          return '現在、このサイトではコメントを投稿できません。入力した文章はそのまま残っています。';
        case 'signed-out':
          return 'コメントの送信前にログアウトしました。入力した文章はそのまま残っています。もう一度ログインしてください。';
        case 'closed':
          return 'コメントは受け付けていません。入力した文章はそのまま残っていますが、投稿はできません。';
        case 'too-soon':
          return '続けて投稿するには数秒お待ちください。入力した文章はそのまま残っています。';
        case 'blocked':
          return 'このサイトではコメントできなくなりました。入力した文章はそのまま残っています。';
        case 'unknown':
          return 'コメントの投稿中に問題が発生しました。入力した文章はそのまま残っています。もう一度お試しください。';
      }
    },
    stillSending: '接続を待っています。コメントはこのブラウザーに保存されており、接続が戻ると投稿されます。',
    posted: 'コメントを投稿しました。',
  },
};
