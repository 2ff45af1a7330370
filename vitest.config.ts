import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/checks/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // Each of these runs a whole `astro build` on a broken copy of the content.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 180_000,
        },
      },
      {
        // Checks of the built site in dist/ (budgets, CSP, links, HTML): run after `astro build`.
        test: {
          name: 'checks',
          include: ['tests/checks/**/*.check.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
    ],
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
