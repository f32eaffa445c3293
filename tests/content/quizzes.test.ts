// The essay asks before it tells: every chapter before the references has a quick check whose answer is hidden behind a
// toggle and computed by the core (its id is in the quiz registry); chapters 2–8 end with problems whose worked
// solutions are hidden the same way, and every problem with a numeric answer can be checked (the quick check's answer
// box, its answer from the core) and opens its figure in the problem's state. npm test runs this before the build.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChapterFile } from '$lib/content';
import { quizChapters, quizIds } from '$lib/quizzes/ids';
import { quizzes } from '$lib/quizzes/registry';

const chapters = readdirSync('content')
	.filter((f) => f.endsWith('.md'))
	.sort()
	.map((file) => ({ file, ...parseChapterFile(`/content/${file}`), text: readFileSync(`content/${file}`, 'utf8') }));

/** Every <Quiz id="…">…</Quiz> block of a chapter. */
function quizBlocks(text: string): { id: string; body: string }[] {
	return [...text.matchAll(/<Quiz id="([\w-]+)">([\s\S]*?)<\/Quiz>/g)].map((m) => ({ id: m[1], body: m[2] }));
}

/** Every <QuizCheck quiz="…"> of a text. */
const checksIn = (text: string) => [...text.matchAll(/<QuizCheck quiz="([\w-]+)"/g)].map((m) => m[1]);

/** A worked solution that arrives at a number (a live one, or "≈ 3.2") answers a numeric problem. */
const numericSolution = (problem: string) =>
	/<Live quantity|\\approx\s*-?\d|≈\s*-?\d/.test(/<Answer solution>([\s\S]*?)<\/Answer>/.exec(problem)?.[1] ?? '');


/** The problems of a chapter: each "### " section under "## Problems", up to the next "## ". */
function problems(text: string): string[] {
	const section = /\n## Problems\n([\s\S]*?)(?=\n## |$)/.exec(text)?.[1];
	return section ? section.split(/\n### /).slice(1) : [];
}

// Every chapter but the last, the references.
const asking = chapters.filter((c) => c.number >= 1 && c.number < chapters.length);
const withProblems = chapters.filter((c) => c.number >= 2 && c.number <= 8);

describe.each(asking)('$file asks before it tells', ({ slug, text }) => {
	it('has at least one quick check, each with its input and a hidden answer', () => {
		const blocks = quizBlocks(text);
		expect(blocks.length, 'quick checks').toBeGreaterThan(0);
		for (const { id, body } of blocks) {
			expect(quizChapters[id as keyof typeof quizChapters], `${id} in $lib/quizzes/ids.ts`).toBe(slug);
			expect(body, `${id}: its input`).toContain(`<QuizCheck quiz="${id}"`);
			expect(body, `${id}: its answer`).toMatch(/<Answer>\s*\n[\s\S]*?\S[\s\S]*?<\/Answer>/);
		}
	});
});

describe.each(withProblems)('$file ends with problems', ({ text }) => {

	it('has a Problems section, every problem with a worked solution behind a toggle', () => {
		const list = problems(text);
		expect(list.length, 'problems').toBeGreaterThan(0);
		for (const problem of list) {
			const title = problem.split('\n')[0];
			expect(problem, `"${title}": its solution`).toMatch(/<Answer solution>\s*\n[\s\S]*?\S[\s\S]*?<\/Answer>/);
		}
	});
});

describe.each(withProblems)('$file’s numeric problems', ({ slug, text }) => {
	it('lets the reader check every numeric problem and open its figure', () => {
		for (const problem of problems(text).filter(numericSolution)) {
			const title = problem.split('\n')[0];
			const question = problem.slice(0, problem.indexOf('<Answer solution>'));
			const [check] = checksIn(question);
			expect(check, `"${title}": its answer box, before the solution`).toBeDefined();
			expect(quizChapters[check as keyof typeof quizChapters], `${check} in $lib/quizzes/ids.ts`).toBe(slug);
			expect(question, `"${title}": a link to its figure`).toMatch(/<FigureLink page="[\w-]+" target="[\w-]+"/);
		}
	});
});

describe('the quiz registry', () => {
	it('has every quiz asked exactly once, in its own chapter', () => {
		// Quick checks in <Quiz> blocks, and the answer boxes of problems.
		const asked = chapters.flatMap((c) => [
			...quizBlocks(c.text).map((b) => b.id),
			...problems(c.text).flatMap((p) => checksIn(p))
		]);
		expect([...asked].sort()).toEqual([...quizIds].sort());
	});

	it('has the same number of choices in the chapter as in the registry', () => {
		for (const c of chapters) {
			for (const m of c.text.matchAll(/<QuizCheck quiz="([\w-]+)" choices=\{\[([\s\S]*?)\]\}/g)) {
				const spec = quizzes[m[1] as keyof typeof quizzes];
				expect(spec.kind, m[1]).toBe('choice');
				const count = [...m[2].matchAll(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g)].length;
				if (spec.kind === 'choice') expect(count, m[1]).toBe(spec.choices);
			}
		}
	});
});
