/**
 * Server-side commands of the browser suites that act on the test's browser page itself, through
 * Puppeteer (web-test-runner's Chrome launcher): the page's own dialogs, and Google's hosts that the
 * page would reach for App Check, faked with no internet. Registered in web-test-runner.config.js.
 */

/**
 * The reader's answer to the browser's own dialogs, such as "Leave site? Changes you made may not be
 * saved.": after a test sends the `accept-dialogs` command, every dialog on its page is accepted, and
 * the command answers with the types of the dialogs seen so far ("beforeunload", …).
 */
export function dialogs() {
  // Per browser page, which the launcher reuses from one test file to the next: one listener each
  // (two would both answer the same dialog), and the types seen since the current file began.
  const pages = new WeakMap();
  return {
    name: 'dialogs',
    executeCommand({ command, session }) {
      if (command !== 'accept-dialogs') return undefined;
      const page = session.browser.getPage(session.id);
      let state = pages.get(page);
      if (!state) {
        state = { session: session.id, types: [] };
        pages.set(page, state);
        page.on('dialog', (dialog) => {
          state.types.push(dialog.type());
          dialog.accept().catch(() => {});
        });
      }
      if (state.session !== session.id) Object.assign(state, { session: session.id, types: [] });
      return [...state.types];
    },
  };
}

/**
 * Google's side of App Check, with no internet: after `app-check-network` with `{ action: 'start' }`,
 * the page's reCAPTCHA Enterprise script is a stub whose token is always accepted, and App Check's
 * token exchange answers `fake-app-check-token` (with `recaptcha: 'blocked'`, the script fails to
 * load, as an extension would make it). Only those two hosts are intercepted; every other request
 * goes its way untouched. Each request is recorded (URL, method, headers, body), and so is what the
 * page's frames say in the console; `{ action: 'requests' }` and `{ action: 'console' }` answer with
 * them, `{ action: 'stop' }` turns all this off.
 */
export function appCheckNetwork() {
  const RECAPTCHA = 'https://www.google.com/recaptcha/enterprise.js';
  const EXCHANGE = 'https://content-firebaseappcheck.googleapis.com/';
  const RECAPTCHA_STUB = `window.grecaptcha = { enterprise: (() => {
    const widgets = [];
    return {
      ready: (callback) => setTimeout(callback),
      render: (container, parameters) => widgets.push(parameters) - 1,
      execute: async (id) => (widgets[id]?.callback?.('fake-recaptcha-token'), 'fake-recaptcha-token'),
    };
  })() };`;
  const CORS = [
    { name: 'Access-Control-Allow-Origin', value: '*' },
    { name: 'Access-Control-Allow-Headers', value: '*' },
    { name: 'Access-Control-Allow-Methods', value: 'POST, OPTIONS' },
  ];
  const fulfil = (requestId, responseCode, headers, body = '') => ({
    requestId,
    responseCode,
    responseHeaders: [...CORS, ...headers],
    body: Buffer.from(body).toString('base64'),
  });
  /** The DevTools command that answers a paused request. */
  const answer = ({ requestId, request }, recaptcha) => {
    if (request.url.startsWith(RECAPTCHA)) {
      if (recaptcha === 'blocked') return ['Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }];
      return ['Fetch.fulfillRequest', fulfil(requestId, 200, [{ name: 'Content-Type', value: 'text/javascript' }], RECAPTCHA_STUB)];
    }
    if (request.url.includes(':exchangeRecaptchaEnterpriseToken')) {
      if (request.method === 'OPTIONS') return ['Fetch.fulfillRequest', fulfil(requestId, 204, [])];
      const body = JSON.stringify({ token: 'fake-app-check-token', ttl: '3600s' });
      return ['Fetch.fulfillRequest', fulfil(requestId, 200, [{ name: 'Content-Type', value: 'application/json' }], body)];
    }
    return ['Fetch.continueRequest', { requestId }];
  };
  const pages = new WeakMap();
  const stop = async (page) => {
    const state = pages.get(page);
    if (!state) return;
    pages.delete(page);
    page.off('request', state.record).off('console', state.log);
    await state.devtools.detach().catch(() => {});
  };
  return {
    name: 'app-check-network',
    async executeCommand({ command, payload, session }) {
      if (command !== 'app-check-network') return undefined;
      const page = session.browser.getPage(session.id);
      if (payload?.action === 'start') {
        await stop(page);
        const state = { requests: [], console: [], devtools: await page.createCDPSession() };
        state.record = (request) =>
          state.requests.push({ url: request.url(), method: request.method(), headers: request.headers(), body: request.postData() ?? '' });
        state.log = (message) => state.console.push({ type: message.type(), text: message.text() });
        state.devtools.on('Fetch.requestPaused', (event) => {
          state.devtools.send(...answer(event, payload.recaptcha ?? 'fake')).catch(() => {});
        });
        pages.set(page, state);
        page.on('request', state.record).on('console', state.log);
        await state.devtools.send('Fetch.enable', { patterns: [{ urlPattern: `${RECAPTCHA}*` }, { urlPattern: `${EXCHANGE}*` }] });
        return true;
      }
      if (payload?.action === 'requests') return pages.get(page)?.requests ?? [];
      if (payload?.action === 'console') return pages.get(page)?.console ?? [];
      if (payload?.action === 'stop') {
        await stop(page);
        return true;
      }
      throw new Error(`app-check-network: unknown action ${JSON.stringify(payload)}`);
    },
  };
}
