import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Who may import what (the arrows between the folders of src/). Each folder lists what its files must
// not import: packages, and our own folders reached by climbing out with `../`. One regex per entry
// serves both rules: no-restricted-imports sees imports and re-exports, no-restricted-syntax sees import().
const SDKS = ['@actions/', '@aws-sdk/'];
const IO = ['(node:)?(fs|child_process|net|http|https)(/|$)'];
const BOUNDARIES = [
  {
    // src/stack is one flat folder, so any `../` leaves it.
    files: ['src/stack/**/*.ts'],
    forbidden: [...SDKS, ...IO, '\\.\\./'],
    why: 'src/stack is the pure core: no SDK, no I/O, nothing of ours outside src/stack',
  },
  {
    files: ['src/deploy/**/*.ts'],
    forbidden: [...SDKS, '(\\.\\./)+(adapters|action|cli|app)(/|$)'],
    why: 'src/deploy works through its ports: no SDK, no src/adapters, no face (src/action, src/cli, src/app)',
  },
  {
    files: ['src/cli/**/*.ts'],
    forbidden: ['@actions/', '(\\.\\./)+action(/|$)'],
    why: 'src/cli is a face of its own: no GitHub toolkit, nothing from src/action (share through src/app)',
  },
];

function boundary({ files, forbidden, why }) {
  const regex = `^(${forbidden.join('|')})`;
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex, message: why }] }],
      'no-restricted-syntax': [
        'error',
        { selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\/')}/]`, message: `import() of a forbidden module: ${why}` },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.world/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        fetch: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...BOUNDARIES.map(boundary),
);
