import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

/**
 * Two jobs:
 * - `vite build`: the script-tag build in dist/cdn/: the loader `leave-a-reply.js` (≤ 1 KB) and the
 *   chunks it imports on demand from `chunks/`, found relative to the loader's own URL, so the folder
 *   can be copied anywhere. `.vite/manifest.json` lists which chunk imports which, for the benchmark
 *   and the tests. (The npm build is plain `tsc`: unbundled ESM and .d.ts.)
 * - `vite` (through `npm start`): serves the demo blog in demo/, whose pages load src/loader.ts exactly
 *   as a site owner's pages load the built file.
 */
export default defineConfig(({ command }) =>
  command === 'build'
    ? {
        publicDir: false,
        resolve: {
          // Only Firestore's pipeline API uses re2js: see the stand-in's own comment.
          alias: { re2js: resolve(root, 'src/build/re2js-left-out.ts') },
        },
        build: {
          outDir: resolve(root, 'dist/cdn'),
          emptyOutDir: true,
          target: 'es2022',
          sourcemap: true,
          manifest: true,
          // Library mode: no preload helper around import() (it would double the loader's size; the
          // chunks are found relative to the importing file anyway).
          lib: { entry: resolve(root, 'src/loader.ts'), formats: ['es'], fileName: () => 'leave-a-reply.js' },
          rolldownOptions: {
            output: {
              chunkFileNames: 'chunks/[name]-[hash].js',
              // Library mode leaves whitespace for a later bundler; these files go straight to browsers.
              minify: true,
              // The provider names are shared by the widget and the form. Left to itself, the bundler puts
              // them in a chunk of their own, which costs the first comments one more request in series.
              codeSplitting: { groups: [{ name: 'define', test: /src[\\/](define|model[\\/]identity)\.ts$/ }] },
            },
          },
        },
      }
    : {
        root: resolve(root, 'demo'),
        publicDir: false,
        server: { host: '127.0.0.1', fs: { allow: [root] } },
      },
);
