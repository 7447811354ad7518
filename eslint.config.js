// ESLint: TypeScript, Lit templates and custom-element rules over the library, tests, stories and demo.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '.pack/**', 'packages/elements/cdn/**', 'dist-demo/**', 'storybook-static/**', 'node_modules/**', 'coverage/**', '**/*.d.ts'],
  },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Data renders as text: no innerHTML.' },
        { selector: "ImportSpecifier[imported.name='unsafeHTML']", message: 'Data renders as text: no unsafeHTML.' },
        { selector: "CallExpression[callee.object.name=/^(it|describe)$/][callee.property.name='only']", message: 'No focused tests.' },
      ],
      'no-restricted-imports': ['error', { paths: [{ name: 'd3', message: 'Import d3 submodules (d3-scale, d3-zoom…), not the d3 bundle.' }] }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
