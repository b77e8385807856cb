/**
 * `cem analyze` (npm run build:manifest): custom-elements.json, from the JSDoc of the two public elements
 * (`@attr`, `@fires`, `@cssprop`, `@csspart`) and their Lit properties. The manifest ships in the
 * package, which has no src/: the paths are rewritten to the built files a page imports.
 */
export default {
  globs: ['src/components/leave-a-reply/leave-a-reply.ts', 'src/components/comment-count/comment-count.ts'],
  outdir: '.',
  // package.json's `customElements` is written by hand: the analyzer would point it at wherever it last
  // wrote, a temporary folder when test/package/docs.test.ts runs it.
  packagejson: false,
  litelement: true,
  plugins: [publishedModules()],
};

/** Where each tag is registered: the tags are defined through registry.ts, which the analyzer cannot follow. */
const REGISTERED_BY = {
  'dist/define.js': { 'leave-a-reply': 'LeaveAReply' },
  'dist/count.js': { 'leave-a-reply-count': 'LeaveAReplyCount' },
};

function publishedModules() {
  const built = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
  return {
    name: 'leave-a-reply:published-modules',
    // A property's `@default` (the analyzer keeps the initializer, null for most of ours) is the value an
    // absent attribute stands for: `providers` is null in code and `guest` to the page.
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node)) return;
      const declaration = moduleDoc.declarations?.find((candidate) => candidate.name === node.name?.getText());
      for (const member of node.members) {
        const tag = ts.getJSDocTags(member).find((candidate) => candidate.tagName.text === 'default');
        const value = typeof tag?.comment === 'string' ? tag.comment.trim() : '';
        if (!value) continue;
        const name = member.name?.getText();
        for (const attribute of declaration?.attributes ?? []) if (attribute.fieldName === name) attribute.default = value;
      }
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const modules = manifest.modules;
      for (const module of modules) {
        module.path = built(module.path);
        for (const exported of module.exports ?? []) {
          if (exported.declaration?.module) exported.declaration.module = built(exported.declaration.module);
        }
        for (const declaration of module.declarations ?? []) {
          // An attribute's default is the value as written in HTML: no JavaScript quotes, and a `string |
          // null` property's null is an absent attribute, not a value.
          for (const attribute of declaration.attributes ?? []) {
            if (attribute.default === 'null') delete attribute.default;
            else if (attribute.default) attribute.default = attribute.default.replace(/^(['"])(.*)\1$/, '$2');
          }
        }
      }
      for (const [path, tags] of Object.entries(REGISTERED_BY)) {
        modules.push({
          kind: 'javascript-module',
          path,
          declarations: [],
          exports: Object.entries(tags).map(([tag, className]) => {
            const module = modules.find((candidate) => candidate.declarations?.some((declaration) => declaration.name === className));
            if (!module) throw new Error(`custom-elements-manifest.config.mjs: no declaration of ${className}.`);
            return { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: module.path } };
          }),
        });
      }
    },
  };
}
