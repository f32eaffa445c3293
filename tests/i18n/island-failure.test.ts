import { describe, expect, it } from 'vitest';
import { editions } from '$lib/editions';
import { islandFailure, islandFailureIn } from '$lib/i18n/island-failure';

describe('what a figure whose code did not arrive says', () => {
	it.each(editions.map((e) => [e.lang] as const))('has words in %s, every edition’s language', (lang) => {
		const words = islandFailureIn(lang);
		expect(words).toBe(islandFailure[lang as keyof typeof islandFailure]);
		expect(words.message.length).toBeGreaterThan(10);
		expect(words.reload.length).toBeGreaterThan(2);
	});

	it('falls back to English for a page in another language', () => {
		expect(islandFailureIn('fr')).toBe(islandFailure['en-US']);
		expect(islandFailureIn('__proto__')).toBe(islandFailure['en-US']);
	});

	it('is typeset as Chinese in Chinese: full-width punctuation, nothing between the sentence and its link', () => {
		const { message, gap, reload } = islandFailure['zh-CN'];
		expect(`${message}${gap}${reload}`).not.toMatch(/\p{Script=Han}[,.:;!?()]|[,.:;!?()]\p{Script=Han}/u);
		expect(message).toMatch(/。$/);
		expect(gap).toBe('');
	});
});
