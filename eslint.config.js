import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/**
 * The dependency rules (CONTRIBUTING.md, "The map"): actions and the CLI are clients of lib/, never of
 * each other; lib/ never imports an action or the CLI; lib/core imports no domain.
 */
const noActionSources = {
  group: ['**/actions/*/src/**'],
  message: "An action's src/ is its own: import the domain code from lib/ instead."
}
const boundaries = [
  {
    files: ['lib/**/*.ts', 'cli/**/*.ts', '__fixtures__/**/*.ts', '__tests__/**/*.ts', 'infra/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noActionSources] }] }
  },
  {
    files: ['actions/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../../*/src/**'],
              message: "Another action's src/ is its own: import from lib/ instead."
            },
            { group: ['**/cli/**'], message: 'The CLI is a client of lib/, as the actions are.' }
          ]
        }
      ]
    }
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/**/__tests__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/actions/**', '**/cli/**'],
              message: 'lib/ is imported by the actions and the CLI, never the other way.'
            },
            { group: ['**/__fixtures__/**'], message: 'Test fixtures are for tests.' }
          ]
        }
      ]
    }
  },
  {
    files: ['lib/core/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*'], message: 'lib/core is the kernel: it imports no domain folder.' }] }
      ]
    }
  }
]

export default tseslint.config(
  { ignores: ['**/dist/**', 'node_modules/**', '.shipline/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  ...boundaries
)
