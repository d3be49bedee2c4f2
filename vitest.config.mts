import { defineConfig } from 'vitest/config';
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/lsp/**/*.test.ts'],
          testTimeout: 20000,
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
