// One flat ESLint config for the whole repository (`npm run lint` = `eslint --max-warnings 0 .`).
// typescript-eslint's recommended set (not the type-checked one: too slow for every run) plus a
// few stricter rules; Lit and Lit a11y rules for the frontend sources.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

const frontendFiles = ['frontend/src/**/*.ts', 'frontend/test/**/*.ts'];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'frontend/dev-dist/**',
      '**/coverage/**',
      '**/test-results/**',
      '**/playwright-report/**',
      '**/.test-output/**',
      'data/**',
      'backend/src/migrations/Migration*.ts',
      'frontend/src/locales/**',
      'frontend/src/generated/**',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: {
        // Lets consistent-type-imports keep value imports that Nest needs for decorator metadata.
        emitDecoratorMetadata: true,
        experimentalDecorators: true,
      },
    },
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) read as bare expressions.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: frontendFiles,
    ...lit.configs['flat/recommended'],
  },
  {
    files: frontendFiles,
    ...litA11y.configs.recommended,
  },
);
