// The built site, as files: where it is, its pages in both editions, each parsed as a browser without JavaScript would
// read it. The tests in this folder run after a build (`npm test` and `npm run test:full` build first).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { editions } from '../../src/lib/editions.js';
import { parseChapterFile } from '../../src/lib/content';
import { scanLabels } from '../../src/lib/markdown/labels.js';

/** The folder the tests read: BUILD_DIR as the build was given it, or build/. */
export const BUILD = process.env.BUILD_DIR ?? 'build';
/** The base path the build was made under (BASE_PATH), '' at the root. */
export const BASE = process.env.BASE_PATH?.replace(/\/+$/, '') ?? '';

if (!existsSync(join(BUILD, 'index.html'))) throw new Error(`${BUILD}/index.html is missing: run npm run build first`);

/** Every chapter slug, read from content/ the way the site reads it. */
export const chapterSlugs = readdirSync('content')
	.filter((f) => f.endsWith('.md'))
	.sort()
	.map((f) => parseChapterFile(`/content/${f}`).slug);

/** Every page of one edition, as a path under the site's root ('/explore/'). */
export const pagePaths = ['/', ...chapterSlugs.map((s) => `/${s}/`), '/explore/', '/solutions/', '/instructors/', '/essay/'];

/** Every figure's label ('iso-loss'): each has an embed page. */
export const figureLabels = [...scanLabels('content')].filter(([k]) => k.startsWith('fig:')).map(([k]) => k.slice(4));

/** Every page of every edition, embed pages included, with its edition. */
export const allPages = editions.flatMap((edition) =>
	[...pagePaths, ...figureLabels.map((f) => `/embed/${f}/`)].map((path) => ({ edition, path: `${edition.prefix}${path}` }))
);

/** The built file behind a site path. */
export function fileOf(path: string): string {
	return join(BUILD, path.endsWith('/') ? `${path}index.html` : path);
}

/** A built page as a document, the way a browser with JavaScript off reads it. */
export function documentOf(path: string): Document {
	return parseHTML(readFileSync(fileOf(path), 'utf8')).document as unknown as Document;
}

/** Every file of the build, relative to its folder. */
export function builtFiles(folder = BUILD): string[] {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		return statSync(path).isDirectory() ? builtFiles(path) : [relative(BUILD, path)];
	});
}
