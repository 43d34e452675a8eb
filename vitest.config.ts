import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          // The CLI tests spawn Node + tsx; on the shared 2-core machine one spawn can take over 5 s.
          testTimeout: 30_000,
          include: ['tests/unit/**/*.test.ts', 'tests/fixtures/*.test.ts', 'src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          // Real browsers on a 2-core machine: one file at a time, generous timeouts.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
