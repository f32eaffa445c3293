// A Chinese font that is really there, for every edition that shows Chinese: headless and minimal systems have no CJK
// font and show boxes (the Chinese edition throughout; the English one in its language switcher, "中文", and the source
// post it quotes). At build time, the characters an edition can show are cut out of Noto Sans SC
// (@fontsource/noto-sans-sc, regular weight; the browser makes the bold) into one small woff2 (fonteditor-core). One file,
// not one per slice of the original: Chromium does not redraw text laid out before a later slice arrives. The font comes
// after the system's CJK fonts in every stack, so a reader who has one downloads nothing.
//
// The characters come from every source file whose words can reach the edition's pages (its chapters, the shared data
// and bibliography, its strings, the code that writes words); scripts/build.mjs then checks the built pages against the
// subset and rebuilds the edition with the characters it missed, if any (tests/build/fonts.test.ts checks the result).
//
// No layout shift when the font arrives (CLS): beside it goes a second face with the same characters, the same advances
// and vertical metrics and no outlines (a couple of kilobytes). Until the real font is there, text is laid out in that
// one — blank, in exactly the room the real glyphs will take — so nothing moves when they are drawn. It must be there
// before the first layout, which an @font-face (loaded asynchronously, even from a data: URL) is not: a small inline
// script in the page's head adds it to document.fonts from its bytes, which the browser takes at once (`metrics.js`,
// allowed by the Content-Security-Policy by its hash: svelte.config.js).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fonteditor from 'fonteditor-core';
import { editions } from '../src/lib/editions.js';

export const CJK_FAMILY = 'Compute Optimal CJK';
/** Bumped whenever what makeCjkFont writes changes, so a cached font of the old kind is not reused. */
const FORMAT = 4;
/** The blank face with the subset's metrics, laid out until the real one arrives. */
export const CJK_METRICS_FAMILY = 'Compute Optimal CJK Metrics';
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
 * Every file whose words can reach an edition's pages. For a Chinese edition: its chapters and pages, the shared data
 * and bibliography (content/*.json), and the code (src/) but the other editions' strings and the test-only glossary.
 * For another edition, only its chapters and pages, its strings and the editions' names (its pages quote Chinese here
 * and there; a broad net would make every one of its pages download glyphs none of them shows). For both, the
 * characters earlier builds found on the built pages beyond these (`extraCharactersFile`, kept in the repository).
 * @param {string} root
 * @param {import('../src/lib/editions.js').Edition} edition
 * @returns {string[]}
 */
function sourceFiles(root, edition) {
	const others = editions.filter((e) => e !== edition);
	const excluded = new Set([
		...others.map((e) => join(root, e.strings)),
		...others.filter((e) => e.content !== edition.content).map((e) => join(root, e.content)),
		join(root, 'src/lib/i18n/glossary.ts')
	]);
	const strings = join(root, edition.strings);
	const files = [...readdirSync(strings).map((name) => join(strings, name)), join(root, 'src/lib/editions.js')];
	if (existsSync(join(root, extraCharactersFile(edition)))) files.push(join(root, extraCharactersFile(edition)));
	/** @param {string} folder @param {RegExp} take */
	const walk = (folder, take) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (excluded.has(path)) continue;
			if (entry.isDirectory()) walk(path, take);
			else if (take.test(entry.name)) files.push(path);
		}
	};
	walk(join(root, edition.content), /\.md$/);
	if (edition.lang.startsWith('zh')) {
		for (const name of readdirSync(join(root, 'content')))
			if (name.endsWith('.json')) files.push(join(root, 'content', name));
		walk(join(root, 'src'), /\.(ts|js|svelte)$/);
	}
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
	const key = createHash('sha256')
		// The way the files are made counts too: a change to it must not reuse an older build's.
		.update(`${FORMAT}:${edition.lang}:${chars.join('')}`)
		.digest('hex')
		.slice(0, 12);
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
	// What the subset holds, for scripts/build.mjs to check the built pages against.
	writeFileSync(join(outDir, 'chars.txt'), chars.join(''));
	// The same font with its outlines taken out: one blank glyph for each advance width (Han and full-width marks are all
	// one em), every character mapped to its width's, and the vertical metrics kept: a couple of kilobytes.
	const ttf = merged.get();
	/** @type {Map<number, number[]>} */
	const byWidth = new Map();
	for (const glyph of ttf.glyf.slice(1)) {
		const codes = byWidth.get(glyph.advanceWidth) ?? [];
		codes.push(...(glyph.unicode ?? []));
		byWidth.set(glyph.advanceWidth, codes);
	}
	ttf.glyf = [
		ttf.glyf[0],
		...[...byWidth].map(([advanceWidth, unicode], i) => ({
			name: `blank${i}`,
			contours: [],
			advanceWidth,
			leftSideBearing: 0,
			unicode
		}))
	];
	const metrics = Buffer.from(merged.write({ type: 'woff2' })).toString('base64');
	// Every page of an edition that takes the font shows some Chinese (the switcher's "中文", at least), so the face need
	// not list its characters one by one: the ranges where they live will do (a character outside the subset falls
	// through both faces to the system's fonts).
	const range = 'U+00B7,U+2014,U+2018-201D,U+2026,U+3000-303F,U+4E00-9FFF,U+FF00-FFEF';
	const face =
		`@font-face{font-family:'${CJK_FAMILY}';font-style:normal;font-weight:400;font-display:swap;` +
		`src:url(./${name}) format('woff2');unicode-range:${range}}`;
	// The blank twin, for the page's head: a FontFace made from bytes is loaded when it is made.
	writeFileSync(
		join(outDir, 'metrics.js'),
		`try{var b=atob("${metrics}"),a=new Uint8Array(b.length);for(var i=0;i<b.length;i++)a[i]=b.charCodeAt(i);` +
			`document.fonts.add(new FontFace("${CJK_METRICS_FAMILY}",a,{unicodeRange:"${range}"}))}catch(e){}`
	);
	const cjk = `${SYSTEM_CJK.join(',')},'${CJK_FAMILY}','${CJK_METRICS_FAMILY}'`;
	const chinese = edition.lang.startsWith('zh');
	// In a Chinese edition, Chinese before `system-ui`: Chromium on Linux resolves system-ui, for bold text, to a face
	// that claims Chinese and draws boxes, so the system's CJK fonts and ours come first in the interface's stack (their
	// Latin is fine). In another edition the Latin faces stay first, and text marked as Chinese takes the CJK stack.
	const ui = "system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial";
	const stacks =
		`:root{--font-prose:Charter,'Bitstream Charter','Sitka Text',Cambria,Georgia,${cjk},serif;` +
		`--font-ui:${chinese ? `${cjk},${ui}` : `${ui},${cjk}`},sans-serif}` +
		(chinese ? '' : `:lang(zh){font-family:${cjk},${ui},sans-serif}`);
	writeFileSync(join(outDir, 'font.css'), `${face}\n${stacks}\n`);
	const made = { characters: chars.length, bytes: font.length, missing };
	writeFileSync(stamp, JSON.stringify(made));
	return made;
}

/**
 * The characters an edition's built pages showed beyond its sources: scripts/build.mjs adds any it finds and builds the
 * edition again; kept in the repository, so the next build (CI's, from a clean clone) has them from the start.
 * @param {import('../src/lib/editions.js').Edition} edition
 */
export const extraCharactersFile = (edition) => `src/lib/fonts/cjk-extra-${edition.id}.txt`;

/**
 * The characters an edition's font subset holds, as its build made it.
 * @param {import('../src/lib/editions.js').Edition} edition
 * @returns {Set<string>}
 */
export function subsetCharacters(edition) {
	return new Set(readFileSync(join('.svelte-kit/cjk-font', edition.id, 'chars.txt'), 'utf8'));
}

/**
 * The characters a built edition shows that need a CJK font: in its pages and in the scripts of its figures (their
 * words travel in the islands' chunks). `folder` is the edition's folder in the build.
 * @param {string} folder
 * @param {string} [skip] A sub-folder that is another edition's (the root edition's build holds zh/).
 * @returns {string[]}
 */
export function builtCharacters(folder, skip) {
	let text = '';
	/** @param {string} dir */
	const walk = (dir) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (skip && path === skip) continue;
			if (entry.isDirectory()) {
				// Not the downloads (made from these pages), nor SvelteKit's client, which no page loads (build.mjs drops it).
				if (entry.name !== 'downloads' && !path.endsWith(join('_app', 'immutable'))) walk(path);
			} else if (entry.name.endsWith('.html') || (entry.name.endsWith('.js') && path.includes(join('_app', 'islands'))))
				text += readFileSync(path, 'utf8');
		}
	};
	walk(folder);
	// Inside a <style> or a font-face's unicode-range there are no characters to draw; only what a page or script says.
	return cjkCharacters(text.replace(/<style[^>]*>[\s\S]*?<\/style>/g, ''));
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
		// `virtual:cjk-metrics`: the script that adds the blank twin, as text, for the layout to put in the page's head.
		resolveId: (id) => (id === 'virtual:cjk-metrics' ? '\0virtual:cjk-metrics' : undefined),
		load(id) {
			if (id !== '\0virtual:cjk-metrics') return;
			const file = join(outDir, 'metrics.js');
			return `export default ${JSON.stringify(edition.cjkFont && existsSync(file) ? readFileSync(file, 'utf8') : '')};`;
		},
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
