import { describe, expect, it } from 'vitest';
import { PROBLEMS_HEADING, remarkChapter } from '$lib/markdown/remark-chapter.js';

const heading = (text: string) => ({ type: 'heading', depth: 2, children: [{ type: 'text', value: text }] });
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', value: text }] });

describe('the chapter plugin', () => {
	it('counts the reading, not the problems at the end', () => {
		const tree = {
			type: 'root',
			children: [
				heading('Intro'),
				paragraph('one two three'),
				heading(PROBLEMS_HEADING),
				paragraph('four five'),
				heading('After'),
				paragraph('six')
			]
		};
		const file = { data: {} as { fm?: { words: number; headings: { id: string }[] } } };
		// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a hand-made syntax tree
		remarkChapter()(tree as any, file as any);
		expect(file.data.fm!.words).toBe(1 + 3 + 1 + 1);
		expect(file.data.fm!.headings.map((h) => h.id)).toEqual(['intro', 'problems', 'after']);
	});
});
