// The strings tables are split: each edition's index.ts, and a file per section that only one figure (or the quick
// checks) uses, which components import as `$messages/<section>` (its default export). Each edition has the same
// sections, each exports its table both ways, and no section is also left in the index.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { zh } from '$lib/i18n/zh';

const modules = import.meta.glob<Record<string, unknown>>('/src/lib/i18n/{en,zh}/*.ts', { eager: true });
const sections = (ed: string) =>
	readdirSync(`src/lib/i18n/${ed}`)
		.filter((f) => f !== 'index.ts')
		.map((f) => f.replace(/\.ts$/, ''))
		.sort();

describe('the strings sections', () => {
	it('are the same files in both editions', () => {
		expect(sections('zh')).toEqual(sections('en'));
		expect(sections('en').length).toBeGreaterThan(5);
	});

	for (const [ed, table] of [
		['en', en],
		['zh', zh]
	] as const) {
		it(`${ed}: each section file exports its table by name and as its default, and the index leaves it out`, () => {
			for (const name of sections(ed)) {
				const module = modules[`/src/lib/i18n/${ed}/${name}.ts`];
				expect(module[name], `${ed}/${name}.ts`).toBeTypeOf('object');
				expect(module.default, `${ed}/${name}.ts`).toBe(module[name]);
				expect(Object.hasOwn(table, name), `${ed}/index.ts still holds ${name}`).toBe(false);
			}
		});
	}

	it('hold the same keys in both editions', () => {
		const keys = (v: unknown): unknown =>
			v && typeof v === 'object' && !Array.isArray(v)
				? Object.fromEntries(Object.keys(v).map((k) => [k, keys((v as Record<string, unknown>)[k])]))
				: typeof v;
		for (const name of sections('en'))
			expect(keys(modules[`/src/lib/i18n/zh/${name}.ts`][name]), name).toEqual(
				keys(modules[`/src/lib/i18n/en/${name}.ts`][name])
			);
	});
});
