import { describe, expect, it } from 'vitest';
import { answered, clearProgress, markAnswered, PROGRESS_KEY } from '$lib/quizzes/progress';

function memoryStore(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	return {
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		removeItem: (k: string) => void data.delete(k),
		data
	};
}

describe('quiz progress, in this browser only', () => {
	it('remembers answered quizzes once each, and forgets them all', () => {
		const store = memoryStore();
		expect(answered(store)).toEqual([]);
		markAnswered(store, 'gopher-compute');
		markAnswered(store, 'n-with-d');
		markAnswered(store, 'gopher-compute');
		expect(answered(store)).toEqual(['gopher-compute', 'n-with-d']);
		clearProgress(store);
		expect(answered(store)).toEqual([]);
		expect(store.data.has(PROGRESS_KEY)).toBe(false);
	});

	it('reads garbage as nothing answered and drops unknown ids', () => {
		expect(answered(memoryStore({ [PROGRESS_KEY]: '{not json' }))).toEqual([]);
		expect(answered(memoryStore({ [PROGRESS_KEY]: '{"a":1}' }))).toEqual([]);
		expect(answered(memoryStore({ [PROGRESS_KEY]: '["nope", "n-with-d", 3]' }))).toEqual(['n-with-d']);
	});

	it('works without a store, and with one that refuses to write', () => {
		expect(answered(undefined)).toEqual([]);
		expect(markAnswered(undefined, 'n-with-d')).toEqual(['n-with-d']);
		const refusing = {
			...memoryStore(),
			setItem: () => {
				throw new Error('QuotaExceededError');
			}
		};
		expect(() => markAnswered(refusing, 'n-with-d')).not.toThrow();
	});
});
