import { build } from 'esbuild';

/**
 * Serves test-only packages that still have CommonJS dependencies (@testing-library/dom's) as one
 * ES module each, bundled by esbuild on first request. The rollup CommonJS plugin cannot do this in
 * the dev server (modernweb-dev/web#1700).
 */
export function prebundle(packages) {
  const bundles = new Map();
  const url = (name) => `/__prebundled__/${name.replace('/', '__')}.js`;
  return {
    name: 'prebundle',
    resolveImport({ source }) {
      if (packages.includes(source)) return url(source);
    },
    async serve(context) {
      const name = packages.find((candidate) => context.path === url(candidate));
      if (!name) return undefined;
      if (!bundles.has(name)) {
        const result = await build({
          stdin: { contents: `export * from '${name}';`, resolveDir: process.cwd() },
          bundle: true,
          format: 'esm',
          write: false,
          define: { 'process.env.NODE_ENV': '"test"' },
          logLevel: 'silent',
        });
        bundles.set(name, result.outputFiles[0].text);
      }
      return { body: bundles.get(name), type: 'js' };
    },
  };
}
