// ESLint 9 flat config: Next.js core-web-vitals + TypeScript rules, sorted imports, and Prettier last so that
// formatting is left to Prettier alone.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';
import simpleImportSort from 'eslint-plugin-simple-import-sort';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      // STYLE.md: no non-null assertions to silence the compiler.
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // App Router only: there is no pages/ directory for this rule to check links against.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    // Test helpers named use* (useTestDatabase) and Playwright's fixture `use` are not React hooks.
    files: ['tests/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  prettier,
  globalIgnores([
    '.next/**',
    'out/**',
    'build/**',
    'node_modules/**',
    'lib/generated/**',
    'data/**',
    'coverage/**',
    'bench/results/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
  ]),
]);
