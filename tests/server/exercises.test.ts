import { describe, expect, it } from 'vitest';
import { extractExercises } from '$lib/server/exercises';

const chapter = `<p>Intro <a href="#eq-six">(2.1)</a></p>
<aside class="quiz svelte-1" id="quiz-q" aria-labelledby="quiz-q-title"><p id="quiz-q-title">Check yourself</p>
<details class="answer svelte-2"><summary>Show the answer</summary><div class="body">Six.</div></details></aside>
<h2 id="more">More</h2><p>Text</p>
<h2 id="problems"><a class="anchor" href="#problems">Problems</a></h2>
<h3 id="1-a"><a class="anchor" href="#1-a">1. A</a></h3><p>Do it.</p>
<details class="solution svelte-2"><summary>Show the worked solution</summary><div class="body">Done, by <a href="#eq-six">(2.1)</a>.</div></details>`;

describe('cutting the exercises out of a chapter', () => {
	const { quizzes, problems } = extractExercises(chapter, 'compute', '/course/compute/');

	it('takes every quick check with its answer open and its ids kept apart', () => {
		expect(quizzes).toHaveLength(1);
		expect(quizzes[0]).toContain('<details open class="answer');
		expect(quizzes[0]).toContain('id="compute-quiz-q"');
		expect(quizzes[0]).toContain('aria-labelledby="compute-quiz-q-title"');
	});

	it('takes the Problems section to the end, solutions open, links back into the chapter', () => {
		expect(problems).toContain('1. A');
		expect(problems).not.toContain('Problems</a></h2>');
		expect(problems).not.toContain('More');
		expect(problems).toContain('<details open class="solution');
		expect(problems).toContain('href="/course/compute/#eq-six"');
		expect(problems).toContain('id="compute-1-a"');
	});

	it('finds nothing in a chapter without exercises', () => {
		expect(extractExercises('<p>Just prose.</p>', 'x', '/x/')).toEqual({ quizzes: [], problems: '' });
	});
});
