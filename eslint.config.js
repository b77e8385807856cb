// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Which layer may import what: the boundaries described in the README's "How the code is laid out". */
const onlyInDataLayer = {
  group: ['firebase', 'firebase/*', '@firebase/*'],
  message: 'Only src/data/ talks to Firebase; go through the CommentStore interface.',
};
const onlyInSecurityLayer = [
  { group: ['dompurify'], message: 'Only src/security/ sanitizes; use sanitizeCommentHtml or commentBody.' },
  {
    group: ['lit/directives/unsafe-html.js', 'lit/directives/unsafe-html'],
    message: 'Reader HTML is rendered in one place only: commentBody() in src/security/comment-html.ts.',
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': ['error', { patterns: [onlyInDataLayer, ...onlyInSecurityLayer] }],
    },
  },
  {
    files: ['src/data/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: onlyInSecurityLayer }] },
  },
  {
    files: ['src/security/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [onlyInDataLayer] }] },
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
    files: ['scripts/**/*.ts', 'test/rules/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
);
