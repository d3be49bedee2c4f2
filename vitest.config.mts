import { defineConfig } from 'vitest/config';
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/lsp/**/*.test.ts'],
          testTimeout: 20000,
          // the fork's compiled lib/ loaded by Node, as dockerfile-utils loads it: one copy of the module, as in the
          // bundles (inlined by vitest, our imports would get a second one)
          server: { deps: { external: [/packages\/dockerfile-ast\/lib\//] } },
        },
      },
      // the fork of dockerfile-ast (packages/dockerfile-ast) with its own tests, written for mocha's globals
      {
        test: {
          name: 'dockerfile-ast',
          include: ['packages/dockerfile-ast/test/**/*.test.ts'],
          globals: true,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 60000,
          hookTimeout: 60000,
          fileParallelism: false,
        },
      },
    ],
  },
});
