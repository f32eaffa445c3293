import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript checks undefined names itself (typescript-eslint's advice).
			'no-undef': 'off',
			// Links go through page() in $lib/links, which calls resolve() and adds the trailing slash static hosts
			// need; the rule cannot see through that helper.
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				// What the parser needs of svelte.config.js, as plain data: the whole config holds functions, which
				// ESLint's cache (npm run lint) cannot serialise.
				svelteConfig: { compilerOptions: { runes: true } }
			}
		}
	},
	{
		ignores: [
			'build/',
			'build-subpath/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench-results/',
			'.bench-tools/'
		]
	}
);
