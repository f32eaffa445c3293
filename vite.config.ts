import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { islands } from './scripts/vite-islands.mjs';
import { cjkFont } from './scripts/cjk-font.mjs';
import svelteConfig, { CJK_FONT_DIR, edition } from './svelte.config.js';

/**
 * Size changes KaTeX's stylesheet may keep: from the text and display size (6) and from a script's size (3), where our
 * formulas start (tests/build/output.test.ts fails if a page uses another). The other 220 combinations are half the
 * stylesheet, inlined on every page with math.
 */
const KATEX_SIZE_RESETS = /reset-size(6|3)\b/;
/** Fonts no formula here uses (scripts/build.mjs drops their files; the test above checks no page needs one). */
const UNUSED_KATEX_FONT = /KaTeX_(Fraktur|Script|Typewriter|SansSerif)/;

/**
 * KaTeX's stylesheet lists each font as woff2, woff and ttf; Vite would copy all three. Every browser we serve reads
 * woff2, so keep only that (59 files / 1.07 MB → 19 files / 256 KB), and let text render before the fonts arrive. Its
 * rules for sizes and fonts no formula here uses go too (23.8 KB → ≈ 10 KB on every page with math).
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
					.replace(/@font-face\s*\{[^}]*\}/g, (face) => (UNUSED_KATEX_FONT.test(face) ? '' : face))
					.replace(/(?<=^|\})([^{}@]*reset-size\d+[^{}]*)\{[^{}]*\}/g, (rule, selector) =>
						KATEX_SIZE_RESETS.test(selector) ? rule : ''
					)
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
