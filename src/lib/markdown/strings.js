// An edition's interface strings (src/lib/i18n/en/, zh/) read at build time, so prose can name a control by the
// words the control itself shows ([ui:fit.ownUse]). The tables are TypeScript with nothing but type imports: TypeScript
// strips the types and the plain object that is left is evaluated here, without Vite.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** @type {Map<string, { mtime: number, table: Record<string, unknown> }>} */
const cache = new Map();

/**
 * An edition's whole strings table: its folder's index.ts, with each other file's section under the file's name
 * (quiz.ts → `quiz`), as the components see them (`ui` and `$messages/quiz`).
 * @param {string} folder
 * @returns {Record<string, unknown>}
 */
export function loadStrings(folder) {
	/** @type {Record<string, unknown>} */
	const table = { ...loadTable(join(folder, 'index.ts')) };
	for (const file of readdirSync(folder).sort()) {
		if (file === 'index.ts' || !file.endsWith('.ts')) continue;
		const name = file.slice(0, -'.ts'.length);
		if (Object.hasOwn(table, name)) throw new Error(`${folder}: ${file} and index.ts both hold "${name}"`);
		table[name] = loadTable(join(folder, file));
	}
	return table;
}

/**
 * The strings table exported by `path` (read again when the file changes, so the dev server sees edits).
 * @param {string} path
 * @returns {Record<string, unknown>}
 */
function loadTable(path) {
	const mtime = statSync(path).mtimeMs;
	const cached = cache.get(path);
	if (cached && cached.mtime === mtime) return cached.table;
	const { outputText } = ts.transpileModule(readFileSync(path, 'utf8'), {
		compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 }
	});
	/** @type {Record<string, unknown>} */
	const exports = {};
	new Function('exports', 'require', outputText)(exports, () => {
		throw new Error(`${path} imports a module; the strings table may import types only`);
	});
	const table = /** @type {Record<string, unknown>} */ (
		Object.values(exports).find((value) => value && typeof value === 'object')
	);
	if (!table) throw new Error(`${path} exports no strings table`);
	cache.set(path, { mtime, table });
	return table;
}

/**
 * The string at a dotted key ("fit.ownUse"), or undefined when the key names nothing or names a function.
 * @param {Record<string, unknown>} table
 * @param {string} key
 * @returns {string | undefined}
 */
export function stringAt(table, key) {
	/** @type {unknown} */
	let value = table;
	for (const part of key.split('.')) {
		if (!value || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
		value = /** @type {Record<string, unknown>} */ (value)[part];
	}
	return typeof value === 'string' ? value : undefined;
}
