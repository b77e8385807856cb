// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Which layer may import what: the boundaries described in the README's "How the code is laid out". */
const onlyInFirestoreLayer = {
  group: ['firebase', 'firebase/*', '@firebase/*'],
  message: 'Only src/data/firestore/ talks to Firebase; go through the CommentStore interface.',
};
const onlyInSecurityLayer = [
  { group: ['dompurify'], message: 'Only src/security/ sanitizes; use commentBody from security/comment-html.ts.' },
  {
    group: ['lit/directives/unsafe-html.js', 'lit/directives/unsafe-html'],
    message: 'Reader HTML is rendered in one place only: src/security/ (commentBody, sanitizedBody).',
  },
];
const notBeforeFirstPaint = {
  group: ['lit', 'lit/*', '@lit/*', 'firebase', 'firebase/*', '@firebase/*', 'dompurify'],
  message: 'This module loads before the widget (the loader, the first read): no Lit, Firebase or DOMPurify here.',
};
/** src/cli/ is the site owner's command line (Node, firebase-admin): nothing the browser loads imports it. */
const notTheCli = {
  regex: '^\\.{1,2}/(.*/)?cli/',
  message: "src/cli/ is the site owner's command line, for Node: the widget never imports it.",
};
/** What the loader and the first read are made of (docs/performance.md): they must stay light. */
const LOADER_SAFE = [
  'src/loader.ts',
  'src/model/**/*.ts',
  'src/data/rest/**/*.ts',
  'src/data/store.ts',
  'src/data/thread-id.ts',
  'src/data/thread-state.ts',
  'src/data/documents.ts',
  'src/data/host-and-port.ts',
  'src/data/firebase-settings.ts',
  'src/data/app-check.ts',
  'src/data/firestore/errors.ts',
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': ['error', { patterns: [onlyInFirestoreLayer, ...onlyInSecurityLayer, notTheCli] }],
    },
  },
  {
    files: ['src/data/firestore/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...onlyInSecurityLayer, notTheCli] }] },
  },
  {
    files: ['src/security/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [onlyInFirestoreLayer, notTheCli] }] },
  },
  {
    files: LOADER_SAFE,
    rules: { 'no-restricted-imports': ['error', { patterns: [notBeforeFirstPaint, notTheCli] }] },
  },
  {
    // The loader imports the widget only with import(), when the comments come near the viewport.
    files: ['src/loader.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            notBeforeFirstPaint,
            notTheCli,
            { group: ['./*'], message: 'The loader imports the rest with import() only.' },
          ],
        },
      ],
    },
  },
  {
    // The command line runs in Node and talks to Firebase through firebase-admin, never the web SDK
    // (src/data/ is the widget's); it reuses the widget's models and document builders.
    files: ['src/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-imports': ['error', { patterns: [onlyInFirestoreLayer, ...onlyInSecurityLayer] }] },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: {
      // chai's `expect(x).to.be.true` reads as an unused expression.
      '@typescript-eslint/no-unused-expressions': 'off',
      // A test that reaches a missing element fails at that line, which is what we want.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['scripts/**/*.ts', 'test/rules/**/*.ts', 'test/cli/**/*.ts', 'test/support/node/**/*.js', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
);
