import { defineConfig } from 'vitest/config'

// Tests never wait in real time: the interview clock is injected, and end-to-end tests
// spawn the built binary, so the only slow part is process start-up.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
})
