// One term per concept in the Chinese edition (src/lib/i18n/glossary.ts): every chapter, page and interface string is
// read for the variants the glossary rules out, and for bracketed English glosses beyond the few readers search for.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossary, searchedInEnglish } from '$lib/i18n/glossary';
import { blank, readerWords } from '../content/reader-words';

const ZH = 'content/zh';
const prose = [
	...readdirSync(ZH)
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((f) => `${ZH}/${f}`),
	...readdirSync(`${ZH}/pages`)
		.filter((f) => f.endsWith('.md'))
		.map((f) => `${ZH}/pages/${f}`)
];
/** The interface strings: the table and its sections. */
const STRINGS = readdirSync('src/lib/i18n/zh').map((f) => `src/lib/i18n/zh/${f}`);

/** The interface strings, without the comments that explain them (which are English and for us). */
const stringsWords = (source: string) => source.replace(/\/\/.*$/gm, blank).replace(/\/\*[\s\S]*?\*\//g, blank);

function violations(text: string): string[] {
	const found: string[] = [];
	text.split('\n').forEach((line, i) => {
		for (const term of glossary) {
			for (const variant of term.avoid) {
				const hit = typeof variant === 'string' ? line.includes(variant) : variant.test(line);
				if (hit) found.push(`line ${i + 1}: “${String(variant)}” — write ${term.zh} for “${term.en}”: ${line.trim()}`);
			}
		}
	});
	return found;
}

describe('the glossary', () => {
	it('gives each concept one term, and no term is another’s variant', () => {
		const terms = glossary.map((t) => t.zh);
		expect(new Set(terms).size).toBe(terms.length);
		for (const term of glossary) {
			for (const other of glossary) {
				for (const variant of other.avoid) {
					const hit = typeof variant === 'string' ? term.zh.includes(variant) : variant.test(term.zh);
					expect(hit, `${term.zh} is ruled out by “${other.en}”`).toBe(false);
				}
			}
		}
	});
});

describe.each([...prose, ...STRINGS])('%s', (file) => {
	const source = readFileSync(file, 'utf8');
	const words = file.endsWith('.ts') ? stringsWords(source) : readerWords(source);

	it('uses the glossary’s one term for every concept', () => {
		expect(violations(words)).toEqual([]);
	});

	if (file.endsWith('.md')) {
		it('glosses in English only terms readers search for, once', () => {
			const glosses = [...words.matchAll(/(?<=\p{Script=Han})（([A-Za-z][A-Za-z\s\-/]*)）/gu)]
				.map((m) => m[1])
				.filter((gloss) => /^[a-z]/.test(gloss) || searchedInEnglish.includes(gloss));
			expect(glosses.filter((g) => !searchedInEnglish.includes(g))).toEqual([]);
			expect(glosses.filter((g, i) => glosses.indexOf(g) !== i)).toEqual([]);
		});
	}
});
