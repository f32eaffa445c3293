#!/usr/bin/env node
// Compiles chapters the way the build does (mdsvex with our KaTeX, reference and outline plugins, then Svelte) without
// running Vite: a quick check for TeX errors, dangling references and Svelte syntax while writing.
// Usage: node scripts/check-chapter.mjs content/04-derivation.md [more.md …]   (no arguments: every chapter)
import { readdirSync, readFileSync } from 'node:fs';
import { compile as compileMarkdown } from 'mdsvex';
import { compile as compileSvelte } from 'svelte/compiler';
import { mdsvexOptions } from '../svelte.config.js';

const files = process.argv.slice(2);
if (files.length === 0) {
	for (const f of readdirSync('content').sort()) if (/^\d{2}-.*\.md$/.test(f)) files.push(`content/${f}`);
}

let failed = 0;
for (const file of files) {
	try {
		const result = await compileMarkdown(readFileSync(file, 'utf8'), { ...mdsvexOptions, filename: file });
		if (!result) throw new Error('mdsvex returned nothing');
		compileSvelte(result.code, { filename: file, generate: 'server', runes: true });
		const fm = /** @type {{ fm?: Record<string, unknown> }} */ (result.data ?? {}).fm ?? {};
		console.log(
			`ok   ${file}  (${fm.words ?? '?'} words, ${Array.isArray(fm.headings) ? fm.headings.length : 0} headings)`
		);
	} catch (error) {
		failed++;
		console.log(`FAIL ${file}\n     ${error instanceof Error ? error.message : String(error)}`);
	}
}
process.exit(failed ? 1 : 0);
