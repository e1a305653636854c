import { defineConfig } from 'vitest/config';

// End-to-end tests: the packaged extension in real VS Code, the server in Neovim.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 600_000,
  },
});
