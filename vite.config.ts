import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

/**
 * Two jobs:
 * - `vite build`: the script-tag build, dist/cdn/leave-a-reply.js, one ES module with every dependency
 *   inside, for a site owner to host or load from a CDN. (The npm build is plain `tsc`: unbundled
 *   ESM and .d.ts, dependencies left to the site's own bundler.)
 * - `vite` (through `npm start`): serves the demo blog in demo/, whose pages load src/loader.ts exactly
 *   as a site owner's pages load the built file.
 */
export default defineConfig(({ command }) =>
  command === 'build'
    ? {
        publicDir: false,
        build: {
          outDir: resolve(root, 'dist/cdn'),
          emptyOutDir: true,
          target: 'es2022',
          sourcemap: true,
          // Not library mode: that keeps whitespace for the sake of a later bundler, and this file
          // goes straight into a script tag.
          rolldownOptions: {
            input: resolve(root, 'src/loader.ts'),
            // One file: Firestore and Auth, imported on demand in the npm build, are inlined here.
            output: { entryFileNames: 'leave-a-reply.js', inlineDynamicImports: true },
          },
        },
      }
    : {
        root: resolve(root, 'demo'),
        publicDir: false,
        server: { host: '127.0.0.1', fs: { allow: [root] } },
      },
);
