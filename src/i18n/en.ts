import type { Messages } from './messages.js';

export const en: Messages = {
  widget: {
    unavailable: 'Comments are unavailable on this page.',
  },
  thread: {
    heading(count, title) {
      const on = title ? ` on “${title}”` : '';
      if (count.value === 0) return `No thoughts yet${on}`;
      return count.plural === 'one' ? `One thought${on}` : `${count.formatted} thoughts${on}`;
    },
    loading: 'Loading comments…',
    waitingForConnection: 'Waiting for a connection to load the comments…',
    loadFailed: 'Comments could not be loaded.',
    liveFailed: 'New comments cannot be shown right now.',
    tryAgain: 'Try again',
    loadMore: 'Load more comments',
    loadingMore: 'Loading more comments…',
    loadMoreFailed: 'More comments could not be loaded. Please check your connection and try again.',
    newComments: (count) => (count.plural === 'one' ? '1 new comment' : `${count.formatted} new comments`),
    closed: 'Comments are closed.',
  },
  comment: {
    says: 'says:',
    pending: 'Pending',
    signedInWith: (provider) => `(signed in with ${provider})`,
    edited: 'Edited',
    deleted: 'This comment was deleted.',
    reply: 'Reply',
    replyTo: (name) => `Reply to ${name}`,
    edit: 'Edit',
    editLabel: 'Edit your comment',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    delete: 'Delete',
    deleting: 'Deleting…',
    confirmDelete: 'Delete your comment? This cannot be undone.',
    changeFailed(code) {
      switch (code) {
        case 'too-late':
          return 'The time for changing this comment has passed.';
        case 'offline':
          return 'The connection was lost. Please try again.';
        case 'signed-out':
          return 'Only the author can change this comment, and you are no longer logged in as them.';
        default:
          return 'The comment could not be changed. Please try again.';
      }
    },
    held: 'Your comment is awaiting moderation.',
    pinned: 'Pinned',
  },
  identity: {
    intro: 'Fill in your details below or click an icon to log in:',
    introAccountsOnly: 'Click an icon to log in:',
    logInWith: (provider) => `Log in with ${provider}`,
    connecting: (provider) => `Connecting to ${provider}…`,
    cancel: 'Cancel',
    retry: 'Try again',
    commentingUsing: (provider) => `You are commenting using your ${provider} account.`,
    commentingAs: (name) => `You are commenting as ${name}.`,
    logOut: 'Log Out',
    change: 'Change',
    saveDetails: 'Save my name, email, and website in this browser for the next time I comment.',
    accountNameHint: 'Shown with your comments.',
    failed(code, provider, guestOffered) {
      const orGuest = guestOffered ? ' You can fill in your details and comment as a guest instead.' : '';
      switch (code) {
        case 'popup-closed':
          return `The ${provider} window was closed before you signed in. Your text is still here.`;
        case 'offline':
          return `${provider} could not be reached. Please check your connection and try again; your text is still here.`;
        case 'not-enabled':
          return `Logging in with ${provider} is not available on this site.${orGuest}`;
        case 'storage-blocked':
          return `Your browser is blocking the sign-in for this site, so ${provider} sign-in is unavailable here.${orGuest}`;
        case 'refused':
          return `${provider} did not let you sign in with this account. Your text is still here.${orGuest}`;
        case 'invalid-link':
          return 'This sign-in link has expired, was used already, or was opened in another browser. Please ask for a new one.';
        case 'unknown':
          return 'Something went wrong while logging in. Your text is still here; please try again.';
      }
    },
    accountExists: (provider) =>
      `This ${provider} account has already been used to comment on this site. Log in to it? ` +
      'Your guest comments stay with your guest identity in this browser.',
    useExisting: (provider) => `Log in to that ${provider} account`,
    stayGuest: 'Stay a guest',
    emailLinkLabel: 'Email address for the sign-in link',
    sendLink: 'Send me a sign-in link',
    linkSent: (email) => `Check your email: we sent a sign-in link to ${email}. Open it in this browser to log in.`,
    signInFirst: 'Please log in to post your comment. Your text is still here.',
  },
  count: {
    comments(count) {
      if (count.value === 0) return 'No Comments';
      return count.plural === 'one' ? `${count.formatted} Comment` : `${count.formatted} Comments`;
    },
  },
  form: {
    title: 'Leave a Reply',
    replyTitle: (name) => `Leave a Reply to ${name}`,
    cancelReply: 'Cancel reply',
    requiredNote: 'Your email address will not be published. Required fields are marked *',
    commentLabel: 'Comment',
    nameLabel: 'Name',
    emailLabel: 'Email',
    emailHint: 'Never made public.',
    websiteLabel: 'Website',
    submit: 'Post Comment',
    submitting: 'Posting…',
    required: {
      text: 'Please type your comment.',
      name: 'Please enter your name.',
      email: 'Please enter your email address.',
    },
    tooLong: (limit) => `This is too long: the limit is ${limit} characters.`,
    tooManyLinks: (limit) => `Please keep to ${limit} links or fewer in a comment.`,
    honeypotLabel: 'Leave this field empty',
    invalidEmail: 'Please enter a valid email address, such as name@example.com.',
    invalidWebsite: 'Please enter a web address such as https://example.com, or leave Website empty.',
    postFailed(code) {
      switch (code) {
        case 'offline':
          return 'Your comment could not be posted: the connection was lost. Your text is still here; please try again.';
        case 'rejected':
          return 'The site refused your comment. Your text is still here; please check it and try again.';
        case 'misconfigured':
          return 'Comments cannot be posted on this site right now. Your text is still here.';
        case 'signed-out':
          return 'You were logged out before your comment was sent. Your text is still here; please log in again.';
        case 'closed':
          return 'Comments are closed. Your text is still here, but it cannot be posted.';
        case 'too-soon':
          return 'Please wait a few seconds before posting again. Your text is still here.';
        case 'blocked':
          return 'You can no longer comment on this site. Your text is still here.';
        case 'unknown':
          return 'Something went wrong while posting your comment. Your text is still here; please try again.';
      }
    },
    stillSending:
      'Waiting for the connection. Your comment is saved in this browser and will be posted when the connection is back.',
    posted: 'Your comment was posted.',
  },
};
