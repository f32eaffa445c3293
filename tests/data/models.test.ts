import { describe, expect, it } from 'vitest';
import { models } from '$lib/data/models';

describe('the published models', () => {
	it.each(models.map((m) => [m.name, m] as const))('%s says where in its source its numbers stand', (_, m) => {
		expect(m.locator).toMatch(/\S/);
	});

	it('marks the distilled models: every Gemma 3 model and Gemma 2 9B, not Gemma 2 27B', () => {
		expect(models.filter((m) => m.distilled).map((m) => m.id)).toEqual(['gemma2-9b', 'gemma3-12b', 'gemma3-27b']);
	});

	it('counts OLMo 2 one way for every size: pre-training plus the longest mid-training run', () => {
		const olmo = Object.fromEntries(models.filter((m) => m.id.startsWith('olmo2')).map((m) => [m.id, m.tokens]));
		expect(olmo['olmo2-7b']).toBeCloseTo(4e12 + 50e9, -6);
		expect(olmo['olmo2-13b']).toBeCloseTo(5e12 + 300e9, -6);
		expect(olmo['olmo2-32b']).toBeCloseTo(6e12 + 300e9, -6);
	});
});
