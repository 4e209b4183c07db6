import { defineConfig } from 'vitest/config';

/** `npm run screenshots`: the field app's main screens in Thai, written to docs/screenshots/. */
export default defineConfig({
  test: {
    include: ['apps/web/src/screenshots.shot.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
