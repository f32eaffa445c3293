import { describe, expect, it } from 'vitest';
import { lawName, ui } from '$lib/i18n';
import { zh } from '$lib/i18n/zh';
import { customLawId, lawIds } from '$lib/scaling';

describe('the fits’ names', () => {
	it('come from the edition’s strings for every fit the essay ships, in both editions', () => {
		for (const id of lawIds) {
			expect(lawName(id)).toEqual(ui.laws[id as keyof typeof ui.laws]);
			expect(zh.laws[id as keyof typeof zh.laws].label).toMatch(/\p{Script=Han}|Kaplan/u);
		}
		expect(lawName('besiroglu2024').short).toBe('Epoch refit');
	});

	it('name a reader’s own fit by its constants, as a law id writes them', () => {
		const id = customLawId({ E: 1.8172, A: 482.01, B: 2085.4, alpha: 0.3478, beta: 0.45 });
		expect(lawName(id)).toEqual({ label: 'Your fit (E 1.82, A 482, B 2090, α 0.348, β 0.45)', short: 'Your fit' });
	});
});
