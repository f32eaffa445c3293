import { describe, expect, it } from 'vitest';
import { countWords, PROBLEMS_ID, remarkChapter } from '$lib/markdown/remark-chapter.js';

type Node = { type: string; depth?: number; value?: string; children?: Node[]; data?: unknown };
const heading = (...children: Node[]): Node => ({ type: 'heading', depth: 2, children });
const text = (value: string): Node => ({ type: 'text', value });
const paragraph = (value: string): Node => ({ type: 'paragraph', children: [text(value)] });

function run(children: Node[]) {
	const tree = { type: 'root', children };
	const file = {
		data: {} as { fm?: { words: number; figures: number; checks: number; headings: { id: string; text: string }[] } }
	};
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a hand-made syntax tree
	remarkChapter()(tree as any, file as any);
	return { tree, fm: file.data.fm! };
}

describe('the chapter plugin', () => {
	it('counts the reading, not the problems at the end', () => {
		const { fm } = run([
			heading(text('Intro')),
			paragraph('one two three'),
			heading(text('Problems')),
			paragraph('four five'),
			heading(text('After')),
			paragraph('six')
		]);
		expect(fm.words).toBe(1 + 3 + 1 + 1);
		expect(fm.headings.map((h) => h.id)).toEqual(['intro', PROBLEMS_ID, 'after']);
	});

	it('counts the figures and quick checks a reader works through, before the problems', () => {
		const html = (value: string): Node => ({ type: 'html', value });
		const { fm } = run([
			heading(text('Intro')),
			html('<IsoLossMap figure="iso-loss" />'),
			html('<Live quantity="params" />'),
			html('<QuizCheck quiz="exponent-a" />'),
			heading(text('Problems')),
			html('<RunsChart figure="runs-again" />'),
			html('<QuizCheck quiz="problem-1" />')
		]);
		expect(fm.figures).toBe(1);
		expect(fm.checks).toBe(1);
	});

	it('takes a heading’s id from a comment at its end, as the Chinese edition gives them, and drops the comment', () => {
		const { tree, fm } = run([
			heading(text('两个模型，一个预算 '), { type: 'html', value: '<!-- #two-models-one-budget -->' }),
			paragraph('一二三四'),
			heading(text('习题 '), { type: 'html', value: '<!-- #problems -->' }),
			paragraph('五六七八')
		]);
		expect(fm.headings).toEqual([
			{ depth: 2, id: 'two-models-one-budget', text: '两个模型，一个预算' },
			{ depth: 2, id: 'problems', text: '习题' }
		]);
		expect(JSON.stringify(tree)).not.toContain('<!--');
		// The problems are not reading, in Chinese either.
		expect(fm.words).toBe(countWords('两个模型，一个预算') + countWords('一二三四'));
	});
});

describe('counting words', () => {
	it('counts words between spaces, and Chinese characters two to a word', () => {
		expect(countWords('one two, three')).toBe(3);
		expect(countWords('计算最优')).toBe(2);
		expect(countWords('Gopher 模型有 2800 亿参数')).toBe(2 + 3);
		expect(countWords('$$ $$ — …')).toBe(0);
	});
});
