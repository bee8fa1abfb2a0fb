// One flat ESLint config for the whole repository (`npm run lint` = `eslint --max-warnings 0 .`).
// typescript-eslint's recommended set (not the type-checked one: too slow for every run) plus a
// few stricter rules; Lit and Lit a11y rules for the frontend sources.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

const frontendFiles = ['frontend/src/**/*.ts', 'frontend/test/**/*.ts'];

// The frontend's layers, top to bottom: the shell (app/) -> pages/ -> components/ -> state/ (services,
// controllers) -> data/, text/, styles/ (with events.ts, localization.ts and the test fixtures). An
// import may only point down. The shell reaches pages only through the route table's lazy import().
// main.ts and sw.ts are entry points, pwa/ is main.ts's own. Static imports are checked (type-only
// ones too); a relative path that climbs (../, or ./ from src/) into a higher layer's folder is refused.
const LAYER_ABOVE = {
  app: 'the shell (app/) is the top layer: nothing below imports it',
  pages: 'pages/ sit above components/, state/ and data/: move what both need down',
  components: 'components/ sit above state/ and data/: move what both need down',
  state: 'state/ sits above data/, text/ and styles/: move what both need down',
};
const importsDown = (files, higher) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: higher.map((layer) => ({
          regex: `^(\\.{1,2}/)+${layer}/`,
          message: `Imports point down only: ${LAYER_ABOVE[layer]} (README, "Frontend layers").`,
        })),
      },
    ],
  },
});
const layerRules = [
  {
    files: ['frontend/src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+pages/',
              message: 'The shell loads pages only through the route table (load: () => import(...)).',
            },
          ],
        },
      ],
    },
  },
  importsDown(['frontend/src/pages/**/*.ts'], ['app']),
  importsDown(['frontend/src/components/**/*.ts'], ['app', 'pages']),
  importsDown(['frontend/src/state/**/*.ts'], ['app', 'pages', 'components']),
  importsDown(
    [
      'frontend/src/data/**/*.ts',
      'frontend/src/text/**/*.ts',
      'frontend/src/styles/**/*.ts',
      'frontend/src/test/**/*.ts',
      'frontend/src/events.ts',
      'frontend/src/localization.ts',
    ],
    ['app', 'pages', 'components', 'state'],
  ),
];

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
  ...layerRules,
);
