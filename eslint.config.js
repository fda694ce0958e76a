// Lint rules, including the architecture's import boundaries (see docs/architecture.md).
// Dependencies point inward: web → http → app → domain; db → app ports → domain.
// The dated rules live in src/domain/rules and are as pure as the rest of the domain.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const anyPackage = { regex: '^(?!\\.{1,2}/)', message: 'The domain and the rules import no packages and no Node built-ins: they stay pure.' };
const layer = (name, why) => ({ group: [`**/${name}/**`, `**/${name}`], message: why });

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'web/dist/**', 'coverage/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [anyPackage,
          layer('app', 'domain must not depend on app.'), layer('db', 'domain must not depend on db.'),
          layer('http', 'domain must not depend on http.'), layer('cli', 'domain must not depend on cli.'),
          layer('server', 'domain must not depend on server.')],
      }],
      'no-restricted-globals': ['error',
        { name: 'process', message: 'The domain does no I/O.' },
        { name: 'fetch', message: 'The domain does no I/O.' },
        { name: 'setTimeout', message: 'The domain has no clock.' }],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'No randomness in the domain.' },
        { object: 'Date', property: 'now', message: 'The domain has no clock: take dates as arguments.' },
        { object: 'performance', property: 'now', message: 'The domain has no clock.' }],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The domain has no clock: take dates as arguments.' }],
    },
  },
  {
    files: ['src/app/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [layer('db', 'app talks to storage through ports, not db/.'), layer('http', 'app must not depend on http.'),
          layer('cli', 'app must not depend on cli.'), layer('server', 'app must not depend on server.')],
      }],
    },
  },
  {
    files: ['src/db/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [layer('http', 'db must not depend on http.'), layer('cli', 'db must not depend on cli.'),
          layer('server', 'db must not depend on server.')],
      }],
    },
  },
  {
    files: ['web/**', 'e2e/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{
          regex: '^(\\.\\./)+src/(?!domain/vocabulary\\.ts$|app/schemas\\.ts$|http/schemas(-[a-z]+)?\\.ts$|i18n/|server/http-server\\.ts$|http/app\\.ts$)',
          message: 'The web talks to the server through /api only; it may import src/domain/vocabulary.ts, src/app/schemas.ts and src/i18n/** (e2e may also start the server).',
        }, {
          regex: '^(\\.\\./)+src/http/schemas(-[a-z]+)?\\.ts$',
          allowTypeImports: true,
          message: "The web takes the API's response shapes from src/http/schemas*.ts as types only (import type): no zod in the bundle.",
        }],
      }],
    },
  },
  {
    files: ['src/i18n/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [layer('app', 'i18n words domain codes; it depends on nothing else.'), layer('db', 'i18n must not depend on db.'),
          layer('http', 'i18n must not depend on http.'), layer('cli', 'i18n must not depend on cli.'),
          layer('server', 'i18n must not depend on server.')],
      }],
    },
  },
  {
    files: ['src/http/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [layer('db', 'edges reach storage through app use cases; only server/ wires db.'),
          layer('server', 'edges must not depend on the composition root.')],
      }],
    },
  },
);
