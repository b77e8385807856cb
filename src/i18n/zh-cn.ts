import type { Messages } from './messages.js';

/** Simplified Chinese (China's WordPress: 《书名号》 around a title, 您). One plural form: counted with 条. */
export const zhCN: Messages = {
  widget: {
    unavailable: '此页面的评论功能暂不可用。',
  },
  thread: {
    heading(count, title) {
      if (count.value === 0) return title ? `《${title}》还没有评论` : '还没有评论';
      return title ? `《${title}》有${count.formatted}条评论` : `${count.formatted}条评论`;
    },
    loading: '正在加载评论…',
    waitingForConnection: '正在等待网络连接以加载评论…',
    loadFailed: '无法加载评论。',
    liveFailed: '暂时无法显示新评论。',
    tryAgain: '重试',
    loadMore: '加载更多评论',
    loadingMore: '正在加载更多评论…',
    loadMoreFailed: '无法加载更多评论。请检查网络连接后重试。',
    newComments: (count) => `${count.formatted}条新评论`,
    closed: '评论已关闭。',
  },
  comment: {
    says: '说道：',
    pending: '待审',
    signedInWith: (provider) => `（通过 ${provider} 登录）`,
    edited: '已编辑',
    deleted: '此评论已被删除。',
    reply: '回复',
    replyTo: (name) => `回复 ${name}`,
    edit: '编辑',
    editLabel: '编辑您的评论',
    save: '保存',
    saving: '正在保存…',
    cancel: '取消',
    delete: '删除',
    deleting: '正在删除…',
    confirmDelete: '要删除您的评论吗？此操作无法撤销。',
    changeFailed(code) {
      switch (code) {
        case 'too-late':
          return '修改此评论的时限已过。';
        case 'offline':
          return '网络连接已断开。请重试。';
        case 'signed-out':
          return '只有作者本人可以修改此评论，而您已不再以作者的账户登录。';
        default:
          return '无法修改评论。请重试。';
      }
    },
    held: '您的评论正在等待审核。',
    pinned: '已置顶',
  },
  identity: {
    intro: '在下方填写您的信息，或点击图标登录：',
    introAccountsOnly: '点击图标登录：',
    logInWith: (provider) => `使用 ${provider} 登录`,
    connecting: (provider) => `正在连接 ${provider}…`,
    cancel: '取消',
    retry: '重试',
    commentingUsing: (provider) => `您正在使用您的 ${provider} 账户评论。`,
    commentingAs: (name) => `您正在以 ${name} 的身份评论。`,
    logOut: '登出',
    change: '更改',
    saveDetails: '在此浏览器中保存我的显示名称、邮箱地址和网站地址，以便下次评论时使用。',
    accountNameHint: '将与您的评论一同显示。',
    failed(code, provider, guestOffered) {
      const orGuest = guestOffered ? '您也可以填写信息，以访客身份评论。' : '';
      switch (code) {
        case 'popup-closed':
          return `${provider} 窗口在登录完成前被关闭了。您写的内容仍在此处。`;
        case 'offline':
          return `无法连接到 ${provider}。请检查网络连接后重试；您写的内容仍在此处。`;
        case 'not-enabled':
          return `本站不支持使用 ${provider} 登录。${orGuest}`;
        case 'storage-blocked':
          return `您的浏览器阻止了本站的登录，因此无法在此使用 ${provider} 登录。${orGuest}`;
        case 'refused':
          return `${provider} 不允许使用此账户登录。您写的内容仍在此处。${orGuest}`;
        case 'invalid-link':
          return '此登录链接已过期、已被使用，或是在其他浏览器中打开的。请重新获取一个。';
        case 'unknown':
          return '登录时出现问题。您写的内容仍在此处，请重试。';
      }
    },
    accountExists: (provider) =>
      `此 ${provider} 账户已在本站发表过评论。要登录该账户吗？` + '您以访客身份发表的评论仍保留在此浏览器的访客身份下。',
    useExisting: (provider) => `登录该 ${provider} 账户`,
    stayGuest: '继续以访客身份评论',
    emailLinkLabel: '接收登录链接的电子邮箱地址',
    sendLink: '向我发送登录链接',
    linkSent: (email) => `请查收邮件：我们已向 ${email} 发送了登录链接。请在此浏览器中打开它以登录。`,
    signInFirst: '请登录后发表评论。您写的内容仍在此处。',
  },
  count: {
    comments: (count) => (count.value === 0 ? '暂无评论' : `${count.formatted}条评论`),
  },
  form: {
    title: '发表评论',
    replyTitle: (name) => `回复给${name}`,
    cancelReply: '取消回复',
    requiredNote: '您的电子邮箱地址不会被公开。 必填项已用 * 标注',
    commentLabel: '评论',
    nameLabel: '显示名称',
    emailLabel: '电子邮箱地址',
    emailHint: '不会公开。',
    websiteLabel: '网站地址',
    submit: '提交评论',
    submitting: '正在提交…',
    required: {
      text: '请输入评论内容。',
      name: '请输入您的名称。',
      email: '请输入您的电子邮箱地址。',
    },
    tooLong: (limit) => `内容过长：最多 ${limit} 个字符。`,
    tooManyLinks: (limit) => `每条评论最多包含 ${limit} 个链接。`,
    honeypotLabel: '请勿填写此字段',
    invalidEmail: '请输入有效的电子邮箱地址，例如 name@example.com。',
    invalidWebsite: '请输入网址，例如 https://example.com，或将网站地址留空。',
    postFailed(code) {
      switch (code) {
        case 'offline':
          return '无法发表您的评论：网络连接已断开。您写的内容仍在此处，请重试。';
        case 'rejected':
          return '本站拒绝了您的评论。您写的内容仍在此处，请检查后重试。';
        case 'misconfigured':
          return '本站目前无法发表评论。您写的内容仍在此处。';
        case 'signed-out':
          return '评论发送前您已登出。您写的内容仍在此处，请重新登录。';
        case 'closed':
          return '评论已关闭。您写的内容仍在此处，但无法发表。';
        case 'too-soon':
          return '请稍等几秒再发表评论。您写的内容仍在此处。';
        case 'blocked':
          return '您已无法在本站发表评论。您写的内容仍在此处。';
        case 'unknown':
          return '发表评论时出现问题。您写的内容仍在此处，请重试。';
      }
    },
    stillSending: '正在等待网络连接。您的评论已保存在此浏览器中，连接恢复后将自动发表。',
    posted: '您的评论已发表。',
  },
};
