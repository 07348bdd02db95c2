import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    // All files share one migrated database (see test/helpers/database.ts), so they run in one
    // process, one after another.
    pool: 'forks',
    fileParallelism: false,
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    reporters: ['default', './test/helpers/closing-line-reporter.ts'],
    setupFiles: ['./test/helpers/fail-on-console-error.ts'],
  },
});
