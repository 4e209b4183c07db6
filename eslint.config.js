import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        performance: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        crypto: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The field app runs in browsers: TypeScript's DOM types already check every global it names.
    files: ['apps/web/**/*.{ts,tsx}'],
    rules: { 'no-undef': 'off' },
  },
  {
    // The phone's bundle must carry none of the server: it takes the API's types, and nothing else.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: [
      'apps/web/src/**/*.spec.{ts,tsx}',
      'apps/web/src/**/*.shot.ts',
      'apps/web/src/testing/**',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@isee/server',
                '@isee/server/**',
                '**/server/src/**',
                '!**/server/src/api-types.js',
              ],
              message:
                'The web app may take from the server only its API types: apps/server/src/api-types.ts.',
            },
            {
              group: ['**/server/src/api-types.js'],
              allowTypeImports: true,
              message:
                'Take the API types with `import type`, so no server code reaches the bundle.',
            },
          ],
        },
      ],
      // `import { type X }` keeps an empty import of the module under verbatimModuleSyntax.
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
);
