// A Chinese font that is really there, for the Chinese edition: headless and minimal systems have no CJK font and show
// boxes. At build time, the characters the edition uses (its chapters, pages and interface strings) are cut out of
// Noto Sans SC (@fontsource/noto-sans-sc, regular weight; the browser makes the bold) and put together into one small
// woff2 (fonteditor-core). One file, not one per slice of the original: Chromium does not redraw text laid out before
// a later slice arrives. The font comes after the system's CJK fonts in every stack, so a reader who has one
// downloads nothing.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fonteditor from 'fonteditor-core';

export const CJK_FAMILY = 'Compute Optimal CJK';
/** The system's own CJK fonts, tried before ours: macOS, Windows, Linux (Noto/Source Han), in that order. */
const SYSTEM_CJK = [
	"'PingFang SC'",
	"'Hiragino Sans GB'",
	"'Microsoft YaHei'",
	"'Noto Sans CJK SC'",
	"'Source Han Sans SC'",
	"'WenQuanYi Micro Hei'"
];

/** Characters a Latin font may lack: Han, CJK punctuation and full-width forms, and the few symbols they pair with. */
const NEEDS_CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019\u00b7]/gu;

/**
 * Every file of the edition whose words reach the page.
 * @param {string} root
 * @param {import('../src/lib/editions.js').Edition} edition
 * @returns {string[]}
 */
function sourceFiles(root, edition) {
	const files = [join(root, edition.strings)];
	/** @param {string} folder */
	const walk = (folder) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.md') || entry.name.endsWith('.json')) files.push(path);
		}
	};
	walk(join(root, edition.content));
	return files;
}

/**
 * The characters of `text` that need a CJK font, sorted and unique.
 * @param {string} text
 * @returns {string[]}
 */
export function cjkCharacters(text) {
	return [...new Set(text.match(NEEDS_CJK) ?? [])].sort();
}

/**
 * `U+4E00-9FFF, U+3000` → [[0x4e00, 0x9fff], [0x3000, 0x3000]].
 * @param {string} range
 * @returns {[number, number][]}
 */
export function parseUnicodeRange(range) {
	return range.split(',').map((part) => {
		const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
		return [parseInt(from, 16), parseInt(to, 16)];
	});
}

/** @param {number} code @param {[number, number][]} ranges */
const inRanges = (code, ranges) => ranges.some(([from, to]) => code >= from && code <= to);

/**
 * The slices of the source font: each woff2 file with the code points it covers, from the package's stylesheet.
 * @param {NodeJS.Require} require
 */
function slices(require) {
	const css = require.resolve('@fontsource/noto-sans-sc/400.css');
	const text = readFileSync(css, 'utf8');
	return [...text.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, block]) => ({
		file: join(dirname(css), /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(block)?.[1] ?? ''),
		ranges: parseUnicodeRange(/unicode-range:\s*([^;]+);/.exec(block)?.[1] ?? '')
	}));
}

/**
 * Writes the subset and its stylesheet into `outDir` (font.css and one cjk-<hash>.woff2); returns what it made.
 * Cached by the characters: a build with the same text reuses the file.
 * @param {string} root
 * @param {string} outDir
 * @param {import('../src/lib/editions.js').Edition} edition
 * @returns {Promise<{ characters: number, bytes: number, missing: string[] }>}
 */
export async function makeCjkFont(root, outDir, edition) {
	const text = sourceFiles(root, edition)
		.map((file) => readFileSync(file, 'utf8'))
		.join('\n');
	const chars = cjkCharacters(text);
	const key = createHash('sha256').update(chars.join('')).digest('hex').slice(0, 12);
	const stamp = join(outDir, `${key}.done`);
	if (existsSync(stamp)) return JSON.parse(readFileSync(stamp, 'utf8'));
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	const require = createRequire(join(root, 'package.json'));
	const { Font, woff2 } = fonteditor;
	await woff2.init();
	/** @type {any} */
	let merged;
	let missing = [...chars];
	for (const slice of slices(require)) {
		// A character some slices share (punctuation) is taken once, from the first that has it.
		const here = missing.filter((c) => inRanges(c.codePointAt(0) ?? 0, slice.ranges));
		if (here.length === 0) continue;
		missing = missing.filter((c) => !here.includes(c));
		const part = Font.create(readFileSync(slice.file), {
			type: 'woff2',
			subset: here.map((c) => c.codePointAt(0) ?? 0),
			hinting: false
		});
		if (merged) merged.merge(part, { scale: 1 });
		else merged = part;
	}
	const font = Buffer.from(merged.write({ type: 'woff2' }));
	const name = `cjk-${createHash('sha256').update(font).digest('hex').slice(0, 10)}.woff2`;
	writeFileSync(join(outDir, name), font);
	const range = chars.map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}`).join(',');
	const face =
		`@font-face{font-family:'${CJK_FAMILY}';font-style:normal;font-weight:400;font-display:swap;` +
		`src:url(./${name}) format('woff2');unicode-range:${range}}`;
	// Chinese before `system-ui`: Chromium on Linux resolves system-ui, for bold text, to a face that claims Chinese and
	// draws boxes, so the system's CJK fonts and ours must come first in the interface's stack (their Latin is fine).
	const cjk = `${SYSTEM_CJK.join(',')},'${CJK_FAMILY}'`;
	const stacks =
		`:root{--font-prose:Charter,'Bitstream Charter','Sitka Text',Cambria,Georgia,${cjk},serif;` +
		`--font-ui:${cjk},system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}`;
	writeFileSync(join(outDir, 'font.css'), `${face}\n${stacks}\n`);
	const made = { characters: chars.length, bytes: font.length, missing };
	writeFileSync(stamp, JSON.stringify(made));
	return made;
}

/**
 * The Vite side: `$cjkfont` (see svelte.config.js) is this edition's font stylesheet; for an edition that needs one
 * (the Chinese) the subset is made before the build resolves it.
 * @param {{ edition: import('../src/lib/editions.js').Edition, outDir: string }} options
 * @returns {import('vite').Plugin}
 */
export function cjkFont({ edition, outDir }) {
	return {
		name: 'cjk-font',
		async config(config) {
			if (!edition.cjkFont) return;
			const made = await makeCjkFont(config.root ?? process.cwd(), outDir, edition);
			// Punctuation may come from the Latin fonts; a Chinese character must come from ours.
			const han = made.missing.filter((/** @type {string} */ c) => /\p{Script=Han}/u.test(c));
			if (han.length > 0) throw new Error(`cjk-font: Noto Sans SC has no glyph for ${han.join(' ')}`);
			console.log(`cjk-font: ${made.characters} characters, ${(made.bytes / 1024).toFixed(0)} KB woff2`);
		}
	};
}
