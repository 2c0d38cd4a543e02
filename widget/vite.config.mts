import { transformAsync } from '@babel/core';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';

const BUNDLE_FILE = 'livechat-oss-widget.umd.js';
const GENERATED_DIR = fileURLToPath(new URL('./src/gql', import.meta.url));

/**
 * Replaces each `graphql(`…`)` call with an import of its generated document, as the codegen
 * docs advise for production: otherwise gql.ts ships every operation twice, as map key and value.
 */
function graphqlDocuments(): Plugin {
  return {
    name: 'livechat-graphql-documents',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\/src\/(?!gql\/).*\.tsx?$/.test(id) || !code.includes('graphql(`')) return null;
      const result = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [[babelOptimizerPlugin, { artifactDirectory: GENERATED_DIR, gqlTagName: 'graphql' }]],
      });
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}

export default defineConfig(({ command, mode }) => {
  // A caller's NODE_ENV (Jest sets `test`) would otherwise make Vite resolve Solid's dev build.
  if (command === 'build' && mode === 'production') process.env.NODE_ENV = 'production';
  return {
    // Delegated events listen on `document`; a host page that stops propagation would silence them.
    plugins: [graphqlDocuments(), solid({ solid: { delegateEvents: false } })],
    define: { 'process.env.NODE_ENV': JSON.stringify(mode === 'development' ? 'development' : 'production') },
    build: {
      target: 'es2020',
      sourcemap: false,
      emptyOutDir: true,
      lib: {
        entry: 'src/main.ts',
        // A classic script with no exports: it runs under AMD loaders too, and adds no global of its own.
        formats: ['iife'],
        name: 'LivechatOSSWidget',
        fileName: () => BUNDLE_FILE,
      },
    },
  };
});
