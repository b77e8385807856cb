/* global document, location, localStorage, Option, URLSearchParams */
/**
 * The demo's design and language switchers: what a visitor to the demo may change, and nothing a
 * site owner would write. A classic script, loaded in <head> before anything renders:
 *
 * - the design (`?design=serif|dark|minimal`, else the last one chosen, kept in localStorage) is a
 *   stylesheet from designs/ after blog.css, put in before the first paint, so no page flashes the
 *   wrong colours. The widget gets no CSS of its own from any design.
 * - the language (`?lang=…`, else the last one chosen) goes on each <leave-a-reply> and
 *   <leave-a-reply-count> as `lang`, with `dir="rtl"` for Arabic: set when the page has been parsed
 *   and before the module scripts run, so the widget starts in it. A change later reconnects the
 *   element, which reads its language when it is connected.
 *
 * Both are <select>s at the end of the masthead, built with DOM calls.
 */
(() => {
  const DESIGNS = [
    { id: 'serif', name: 'Serif (light)' },
    { id: 'dark', name: 'Late Show (dark)' },
    { id: 'minimal', name: 'Plain (sans-serif)' },
  ];
  // Each language named in itself, as a reader looks for it.
  const LANGUAGES = [
    { id: 'en', name: 'English' },
    { id: 'es', name: 'Español' },
    { id: 'fr', name: 'Français' },
    { id: 'de', name: 'Deutsch' },
    { id: 'it', name: 'Italiano' },
    { id: 'pt-BR', name: 'Português (Brasil)' },
    { id: 'nl', name: 'Nederlands' },
    { id: 'pl', name: 'Polski' },
    { id: 'ru', name: 'Русский' },
    { id: 'ja', name: '日本語' },
    { id: 'zh-CN', name: '简体中文' },
    { id: 'ar', name: 'العربية', dir: 'rtl' },
  ];
  const WIDGETS = 'leave-a-reply, leave-a-reply-count';
  const query = new URLSearchParams(location.search);

  /** The query's choice if it is a known one (and then remembered), else the remembered one. */
  function chosen(key, known) {
    const isKnown = (value) => known.some((option) => option.id === value);
    const asked = query.get(key);
    if (isKnown(asked)) {
      write(key, asked);
      return asked;
    }
    const remembered = read(key);
    return isKnown(remembered) ? remembered : known[0].id;
  }

  // Storage may be refused (a private window's settings): the demo then forgets, and works.
  function read(key) {
    try {
      return localStorage.getItem(`demo:${key}`);
    } catch {
      return null;
    }
  }

  function write(key, value) {
    try {
      localStorage.setItem(`demo:${key}`, value);
    } catch {
      // Not remembered.
    }
  }

  let design = chosen('design', DESIGNS);
  let language = chosen('lang', LANGUAGES);

  const sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.id = 'demo-design';
  // Render-blocking, as the <link> written in the page is: no flash of the first design.
  sheet.setAttribute('blocking', 'render');

  function showDesign() {
    if (design === 'serif') sheet.remove();
    else {
      sheet.href = `/designs/${design}.css`;
      if (!sheet.isConnected) document.head.append(sheet);
    }
  }

  function applyLanguage(reconnect) {
    const { id, dir } = LANGUAGES.find((option) => option.id === language);
    for (const widget of document.querySelectorAll(WIDGETS)) {
      widget.lang = id;
      if (dir) widget.dir = dir;
      else widget.removeAttribute('dir');
      // Moved to where it is: disconnected and connected again, it reads its language afresh.
      if (reconnect) widget.parentNode.insertBefore(widget, widget.nextSibling);
    }
  }

  function select(label, options, value, onChange) {
    const wrapper = document.createElement('label');
    const box = document.createElement('select');
    for (const option of options) {
      const element = new Option(option.name, option.id, false, option.id === value);
      if (label === 'Language') element.lang = option.id;
      box.append(element);
    }
    box.addEventListener('change', () => onChange(box.value));
    wrapper.append(`${label} `, box);
    return wrapper;
  }

  function showSwitchers() {
    const header = document.querySelector('.site-header .inner');
    if (!header) return;
    const form = document.createElement('form');
    form.className = 'demo-settings';
    form.setAttribute('aria-label', 'Demo settings');
    form.addEventListener('submit', (event) => event.preventDefault());
    form.append(
      select('Design', DESIGNS, design, (value) => {
        design = value;
        write('design', value);
        showDesign();
      }),
      select('Language', LANGUAGES, language, (value) => {
        language = value;
        write('lang', value);
        applyLanguage(true);
      }),
    );
    header.append(form);
  }

  showDesign();
  // 'interactive': the page is parsed and the module scripts (the widget's loader) have not run yet.
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    applyLanguage(false);
    showSwitchers();
  });
})();
