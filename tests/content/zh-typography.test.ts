// The Chinese chapters typeset as Chinese (W3C clreq; ../shared/STYLE.md), checked in the Markdown itself: what the
// build cannot fix for the writer. Full-width punctuation against Han, counts in 万/亿 without digit grouping, multiples
// as 倍 (never ×, and never the ambiguous "小 N 倍"), and no space between a live count, which ends in 亿 or 万亿, and
// the word after it.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readerWords } from './reader-words';

const ZH = 'content/zh';
const files = [
	...readdirSync(ZH)
		.filter((f) => /^\d{2}-.*\.md$/.test(f))
		.sort()
		.map((f) => `${ZH}/${f}`),
	`${ZH}/pages/instructors.md`
];

const lines = (text: string, pattern: RegExp) =>
	text
		.split('\n')
		.map((line, i) => [i + 1, line] as const)
		.filter(([, line]) => pattern.test(line))
		.map(([n, line]) => `line ${n}: ${line.trim().slice(0, 160)}`);

describe.each(files)('%s', (file) => {
	const source = readFileSync(file, 'utf8');
	const words = readerWords(source);

	it('puts no ASCII punctuation after a Han character', () => {
		expect(lines(words, /\p{Script=Han}[,.:;!?]/u)).toEqual([]);
	});
	it('writes counts before 万/亿 without digit grouping', () => {
		expect(lines(words, /\d,\d{3}(\.\d+)?\s?(万|亿)/)).toEqual([]);
	});
	it('writes multiples as 倍, and a smaller one as a fraction, never “小 N 倍”', () => {
		const prose = words.replace(/\d(\.\d+)? × 10(\^-?\d+|[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g, '');
		expect(lines(prose, /\d\s?×(?!\s?10)|×\s?\d/)).toEqual([]);
		expect(lines(prose, /小了?\s?(\d+(\.\d+)?|[一二三四五六七八九十两几百千]+)\s?倍/)).toEqual([]);
	});
	it('leaves no space between a live count and the word after it (“4850 亿参数”)', () => {
		// A line break counts: in the source it is a space on the page unless it falls between two Han characters.
		const spaced = [...source.matchAll(/<Live quantity="(params|tokens|breakEvenTokens)"[^>]*\/>\s+\p{Script=Han}/gu)];
		expect(spaced.map((m) => m[0])).toEqual([]);
	});
});
