import { resolve } from 'node:path';
import { build, defineConfig, type Plugin, type Rolldown } from 'vite';

const root = import.meta.dirname;
const outDir = resolve(root, 'dist/cdn');

/**
 * <leave-a-reply-count>'s chunk (src/count.ts), built on its own and emitted beside the others, for
 * the loader's `import('./count.js')`. Built with the widget, the bundler puts what the two share (the
 * attribute checks, the English messages, the REST request) in the widget's chunk and makes the count
 * import it: an index page would download the widget for its counts. Built apart, it carries its own
 * copy of those few kilobytes, and the widget's chunks stay exactly as they were. Its one lazy import,
 * App Check's (only with app-check-site-key), goes to chunks/count/, outside the count's budget.
 */
function countChunk(): Plugin {
  const loader = resolve(root, 'src/loader.ts');
  let files: Array<Rolldown.OutputChunk | Rolldown.OutputAsset> = [];
  return {
    name: 'leave-a-reply:count-chunk',
    apply: 'build',
    // Before Vite's own resolver, which would find src/count.ts and bundle it with the rest.
    enforce: 'pre',
    async buildStart() {
      const built = await build({
        configFile: false,
        root,
        publicDir: false,
        logLevel: 'warn',
        build: {
          write: false,
          target: 'es2022',
          sourcemap: 'hidden',
          // Library mode, as the widget's build: no preload helper around App Check's import(), a kilobyte
          // every index page would pay for.
          lib: { entry: resolve(root, 'src/count.ts'), formats: ['es'] },
          rolldownOptions: {
            preserveEntrySignatures: false,
            output: { entryFileNames: 'chunks/count-[hash].js', chunkFileNames: 'chunks/count/[name]-[hash].js', minify: true },
          },
        },
      });
      files = (Array.isArray(built) ? built : [built]).flatMap((result) => ('output' in result ? result.output : []));
      // One request for a count: whatever else there is, the count's chunk only import()s.
      const entries = files.filter((file): file is Rolldown.OutputChunk => file.type === 'chunk' && file.isEntry);
      if (entries.length !== 1 || entries[0]?.imports.length) throw new Error('The count element must build to one chunk (and lazy ones).');
    },
    resolveId(source, importer) {
      const chunk = files.find((file) => file.type === 'chunk' && file.isEntry);
      if (source !== './count.js' || importer !== loader || !chunk) return null;
      // Kept as written: the loader is at the top of dist/cdn/, the chunk in chunks/.
      return { id: `./${chunk.fileName}`, external: 'absolute' };
    },
    generateBundle() {
      for (const file of files) {
        this.emitFile({ type: 'asset', fileName: file.fileName, source: file.type === 'chunk' ? file.code : file.source });
      }
    },
  };
}

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
        plugins: [countChunk()],
        resolve: {
          // Only Firestore's pipeline API uses re2js: see the stand-in's own comment.
          alias: { re2js: resolve(root, 'src/build/re2js-left-out.ts') },
        },
        build: {
          outDir,
          emptyOutDir: true,
          target: 'es2022',
          // Written, for whoever debugs this build, but not referenced from the files: the npm package
          // leaves the 3.4 MB of maps out (package.json "files"), and a CDN serving the package (jsDelivr,
          // unpkg) would otherwise send every reader's devtools after a map that is not there.
          sourcemap: 'hidden',
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
              codeSplitting: {
                groups: [
                  { name: 'define', test: /src[\\/](define|model[\\/]identity)\.ts$/ },
                  // Lit's live directive, shared by the form and Edit: named for what it is, not "live"
                  // (the Firestore listener's chunk is live-*.js too).
                  { name: 'lit-live-directive', test: /lit(-html)?[\\/]directives[\\/]live\.js$/ },
                  // The Firebase app alone, shared by App Check (before the first read) and the SDK: named,
                  // for its budget in .size-limit.json.
                  {
                    name: 'firebase-app',
                    test: /(node_modules[\\/](@firebase[\\/](app|component|logger|util)|firebase[\\/]app|idb)[\\/]|src[\\/]data[\\/]firestore[\\/]app\.ts$)/,
                  },
                ],
              },
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
