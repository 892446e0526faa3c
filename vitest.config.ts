import { defineConfig } from 'vitest/config';

// Unit tests run in parallel; tests against the local world (real engines, haproxy, fakes)
// share daemons and ports, so they run one file at a time.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.world.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'world',
          include: ['test/**/*.world.test.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
