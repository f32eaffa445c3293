// The islands' own build, as a Vite plugin of the site's build: pages are prerendered by SvelteKit with no client
// JavaScript (csr = false), and this plugin bundles the one script they load, src/lib/islands/entry.ts, with every
// widget as a lazy chunk, into /_app/islands/. Pages learn the entry's hashed name from `virtual:islands`.
// In `vite dev` there is no bundle: pages load the entry's source and the dev server compiles it.
import { build } from 'vite';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const VIRTUAL = 'virtual:islands';
const RESOLVED = '\0' + VIRTUAL;
const ENTRY = 'src/lib/islands/entry.ts';
/** Where the bundle lands in the site, under kit.appDir. */
const FOLDER = '_app/islands';

/**
 * For the offline copy: the fit figure's worker goes into the bundle itself (started from a blob: URL), since a page
 * opened from file:// cannot load a worker from a file beside it.
 * @returns {import('vite').Plugin}
 */
function inlineWorker() {
	const WORKER = /new Worker\(new URL\('\.\/worker\.ts', import\.meta\.url\), \{ type: 'module' \}\)/;
	return {
		name: 'islands-inline-worker',
		enforce: 'pre',
		transform(code, id) {
			if (!id.endsWith('/widgets/fit-explorer/client.ts')) return;
			if (!WORKER.test(code)) throw new Error('islands: the fit client no longer starts its worker the expected way');
			return `import InlineWorker from './worker.ts?worker&inline';\n${code.replace(WORKER, 'new InlineWorker()')}`;
		}
	};
}

/** Modules that some pages import lazily, each kept in a chunk of its own (see experimentalMinChunkSize below). */
const LAZY_CHUNKS = /** @type {const} */ ([
	[/\/islands\/embed\.ts$/, 'embed-page'],
	[/\/figure\/(fit|embed)\.ts$/, 'figure-frame'],
	[/\/scaling\/bootstrap\.ts$/, 'bootstrap']
]);

/**
 * Bundles the islands once per `vite build` (SvelteKit runs a server and a client pass in one process). With
 * `offline`, everything goes into one file (no chunks to fetch, the worker inlined) for the offline copy.
 * @param {string} root
 * @param {Record<string, unknown>} compilerOptions
 * @param {{ offline?: boolean, alias?: Record<string, string> }} [options] `alias`: the site's own aliases beyond $lib
 *   (kit.alias: the edition's strings), relative to the root.
 * @returns {Promise<{ entry: string, files: Map<string, Buffer> }>}
 */
export async function bundle(root, compilerOptions, { offline = false, alias = {} } = {}) {
	const outDir = join(root, offline ? '.svelte-kit/islands-offline' : '.svelte-kit/islands');
	rmSync(outDir, { recursive: true, force: true });
	const output = await build({
		configFile: false,
		root,
		logLevel: 'warn',
		// Chunks import each other relative to the entry, so one bundle serves the site at any base path.
		base: './',
		resolve: {
			alias: {
				$lib: resolve(root, 'src/lib'),
				...Object.fromEntries(Object.entries(alias).map(([key, path]) => [key, resolve(root, path)]))
			}
		},
		plugins: [
			...(offline ? [inlineWorker()] : []),
			svelte({
				configFile: false,
				preprocess: [vitePreprocess()],
				// Styles travel with each widget and are added once (the prerendered page already has those it rendered),
				// so a part that appears only after a click is styled too.
				emitCss: false,
				compilerOptions
			})
		],
		// The fit figure's worker: an ES module beside the chunks (same origin, so the CSP's script-src 'self' covers it).
		// Offline, it is inlined instead and started from a blob: URL, which a page from file:// can only do for a classic
		// (non-module) worker, hence one self-contained script.
		worker: { format: offline ? 'iife' : 'es', rollupOptions: { output: { entryFileNames: '[name]-[hash].js' } } },
		build: {
			outDir,
			assetsDir: '',
			emptyOutDir: true,
			target: 'es2022',
			// ISLANDS_DEBUG=1 keeps names readable in a profile.
			minify: !process.env.ISLANDS_DEBUG,
			// A widget's shared chunks load beside it, not one after another (no polyfill: every browser we serve has it).
			modulePreload: { polyfill: false },
			reportCompressedSize: false,
			rollupOptions: {
				input: resolve(root, ENTRY),
				output: offline
					? { entryFileNames: 'entry-[hash].js', inlineDynamicImports: true }
					: {
							entryFileNames: 'entry-[hash].js',
							chunkFileNames: '[name]-[hash].js',
							// Fewer, larger chunks: a figure's first load fetched ≈ 25 small files (Svelte's runtime in
							// pieces, small helpers), and starting each fetch costs ≈ 1.5 ms on a phone at 4× CPU; chunks
							// under 10 KB are merged into a chunk that always loads with them (jumps to a figure 15–20%
							// faster, npm run bench).
							experimentalMinChunkSize: 10_000,
							// …but code only some pages run stays apart, or it would be merged into the entry every page
							// loads: an embed page's behaviour; what figures and embed pages share (fitting a figure to a
							// frame, the embed snippet); the resampling helpers (the resolve figure, the planner).
							manualChunks: (id) => LAZY_CHUNKS.find(([pattern]) => pattern.test(id))?.[1]
						}
			}
		}
	});
	const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
	const entry = chunks.find((c) => c.type === 'chunk' && c.isEntry);
	if (!entry) throw new Error('islands: the build produced no entry chunk');
	const files = new Map(readdirSync(outDir).map((name) => [name, readFileSync(join(outDir, name))]));
	return { entry: entry.fileName, files };
}

/**
 * One islands bundle per `vite build`, shared by SvelteKit's server and client passes (two instances of this plugin in
 * one process): the pages name the entry the server pass saw, the client pass writes the files, and they must be the
 * same bundle — two would cost twice the time and, with a source changed in between, name an entry that was never
 * written.
 * @type {Map<string, Promise<{ entry: string, files: Map<string, Buffer> }>>}
 */
const bundles = new Map();
/** @param {string} root @param {Record<string, unknown>} compilerOptions @param {Record<string, string>} alias */
function islandsOnce(root, compilerOptions, alias) {
	if (!bundles.has(root)) bundles.set(root, bundle(root, compilerOptions, { alias }));
	return /** @type {Promise<{ entry: string, files: Map<string, Buffer> }>} */ (bundles.get(root));
}

/**
 * @param {{ compilerOptions?: Record<string, unknown>, alias?: Record<string, string> }} [options] the site's Svelte
 *   compiler options, so both builds compile every component the same way (class hashes, runes) and hydration adopts
 *   the prerendered markup; and its aliases (kit.alias).
 * @returns {import('vite').Plugin}
 */
export function islands({ compilerOptions = {}, alias = {} } = {}) {
	let command = 'serve';
	let root = process.cwd();
	let ssr = false;
	return {
		name: 'islands',
		configResolved(config) {
			command = config.command;
			root = config.root;
			ssr = !!config.build.ssr;
		},
		resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
		async load(id) {
			if (id !== RESOLVED) return;
			if (command === 'serve') return `export const entry = ${JSON.stringify('/' + ENTRY)}; export const dev = true;`;
			const { entry } = await islandsOnce(root, compilerOptions, alias);
			return `export const entry = ${JSON.stringify(`${FOLDER}/${entry}`)}; export const dev = false;`;
		},
		async generateBundle() {
			// The client pass writes the bundle into the site beside SvelteKit's own assets.
			if (command !== 'build' || ssr) return;
			const { files } = await islandsOnce(root, compilerOptions, alias);
			for (const [name, source] of files) this.emitFile({ type: 'asset', fileName: `${FOLDER}/${name}`, source });
		}
	};
}
