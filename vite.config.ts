import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { islands } from './scripts/vite-islands.mjs';
import { cjkFont } from './scripts/cjk-font.mjs';
import svelteConfig, { CJK_FONT_DIR, edition } from './svelte.config.js';

/**
 * KaTeX's stylesheet lists each font as woff2, woff and ttf; Vite would copy all three. Every browser we serve reads
 * woff2, so keep only that (59 files / 1.07 MB → 19 files / 256 KB), and let text render before the fonts arrive.
 */
function katexWoff2Only(): Plugin {
	return {
		name: 'katex-woff2-only',
		enforce: 'pre',
		transform(code, id) {
			if (!/katex(\.min)?\.css/.test(id)) return;
			return (
				code
					.replace(/,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\("(?:woff|truetype)"\)/g, '')
					// Text shows at once in a fallback face instead of waiting for the math fonts.
					.replace(/@font-face\s*\{/g, '@font-face{font-display:swap;')
			);
		}
	};
}

export default defineConfig({
	plugins: [
		katexWoff2Only(),
		cjkFont({ edition, outDir: CJK_FONT_DIR }),
		sveltekit(),
		islands({ compilerOptions: svelteConfig.compilerOptions, alias: svelteConfig.kit?.alias })
	],
	optimizeDeps: {
		include: ['d3-array', 'd3-shape']
	},
	test: {
		// tests/build/ reads the built site, so it runs after a build (TEST_BUILT=1, as `npm test` runs it); the rest
		// needs no build.
		include: process.env.TEST_BUILT ? ['tests/build/**/*.test.ts'] : ['tests/**/*.test.ts'],
		exclude: process.env.TEST_BUILT ? [] : ['tests/build/**'],
		environment: 'node'
	}
});
