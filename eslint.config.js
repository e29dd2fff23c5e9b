// Lint rules for the TypeScript, TSX and Astro sources. Formatting is Prettier's job, so the
// stylistic rules are switched off at the end (eslint-config-prettier).
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const root = import.meta.dirname;
/** What sits above src/lib: the tools (and their registry), and the features built on them. */
const aboveLib = [
  'src/tools',
  'src/share',
  'src/print',
  'src/site',
  'src/islands',
  'src/components',
  'src/layouts',
  'src/pages',
  'src/scripts',
  'src/build',
];

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'test/**/__screenshots__/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_`-prefixed names are deliberate: unused parameters a signature requires.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Dates (stored values, file names, .ics, print stamps, "today") are written by
    // src/lib/dates.ts, never by a locale. A locale's date format is display data that changes with
    // the ICU version: WebKitGTK's ICU 72 writes `en-CA` as 12/06/2026, newer ICU as 2026-12-06.
    files: ['src/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['toLocaleDateString', 'toLocaleString', 'toLocaleTimeString'].map((property) => ({
          property,
          message: 'A locale writes dates differently in each ICU version: build the date in src/lib/dates.ts.',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: ':matches(NewExpression, CallExpression)[callee.property.name="DateTimeFormat"]',
          message: 'A locale writes dates differently in each ICU version: build the date in src/lib/dates.ts.',
        },
      ],
    },
  },
  {
    // The layers import downward only, and no module reaches itself again through its imports,
    // static or dynamic: a circle has no bottom layer, so neither half can be read, tested or
    // loaded without the other (imports of types only vanish from the JavaScript and are no
    // cycle). Storage takes the kinds it stores from its caller, so it imports no tool, no
    // engagement code and not the registry of kinds; schemas stand alone. Imports are resolved as
    // TypeScript resolves them, `.ts` and `.tsx` written without their extension.
    files: ['src/**/*.{ts,tsx,astro}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: `${root}/tsconfig.json`,
          extensions: ['.ts', '.tsx', '.d.ts', '.astro', '.js', '.mjs', '.json'],
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            {
              target: 'src/lib/persistence',
              // Above it all of src/lib is held off by the next zone.
              from: ['src/lib/engagements'],
              message: 'Storage knows no engagement: the caller hands it its kinds (src/tools/registry.ts).',
            },
            {
              target: 'src/lib',
              from: aboveLib,
              message:
                'src/lib knows no tool and no feature: a store is handed its kinds, the workspace each tool’s part (src/lib/engagements/part.ts).',
            },
            {
              target: 'src/tools',
              from: ['src/islands', 'src/share', 'src/print', 'src/pages', 'src/layouts', 'src/build'],
              message:
                'A tool knows no feature built on it; what it shares with the other islands is in src/tools/kit/.',
            },
            {
              target: ['src/schemas', 'src/tools/*/schema.ts'],
              from: ['src/lib', ...aboveLib],
              message: 'Schemas stand alone: move what they need into src/schemas.',
            },
          ],
        },
      ],
    },
  },
  {
    // A file a reader can hold in mind, and a function that fits on a screen or two. Blank lines
    // and comments do not count here; test/unit/code-style.test.ts holds every file to 300 lines
    // counting them too. Stylesheets are not linted here; src/lib/persistence/ keeps its own,
    // smaller limit.
    files: ['src/**/*.{ts,tsx,astro,js,mjs}'],
    ignores: ['src/lib/persistence/**'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The islands are class components. preact/hooks would ride in the tools' shared runtime chunk,
    // at first paint on every page with an island: 1,031 B gzip, measured when the last hook
    // components became classes (README, "What lives where").
    files: ['src/**/*.{ts,tsx,astro}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // preact/compat brings the hooks with it.
          paths: ['preact/hooks', 'preact/compat'].map((name) => ({
            name,
            message: 'Islands are class components: hooks would add preact/hooks to every island page.',
          })),
        },
      ],
    },
  },
  {
    // Storage, split by what each module does for the store, keeps files under 200 lines.
    files: ['src/lib/persistence/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 200, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }],
    },
  },
  prettier,
);
