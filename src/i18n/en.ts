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
    loadFailed: 'The comments could not be loaded. Please reload the page to try again.',
  },
  comment: {
    says: 'says:',
    pending: 'Posting…',
  },
  form: {
    title: 'Leave a Reply',
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
        case 'unknown':
          return 'Something went wrong while posting your comment. Your text is still here; please try again.';
      }
    },
    stillSending:
      'Still trying to reach the server. Your comment will be sent when the connection is back; please keep this page open.',
    posted: 'Your comment was posted.',
  },
};
