import { describe, expect, it } from 'vitest';
import { contourCache, contourLevels, lossContours, type Domain } from '$lib/chart/contours';
import { lossOf, parametricPresets } from '$lib/scaling';

const domain: Domain = { params: [1e7, 1e14], tokens: [1e8, 1e16] };

describe.each(Object.entries(parametricPresets))('contours of %s', (_, { law }) => {
	const levels = contourLevels(law, domain);
	const contours = lossContours(law, domain, levels);

	it('has distinct ascending levels inside the domain’s range of loss', () => {
		expect(levels.length).toBeGreaterThanOrEqual(6);
		const L = lossOf(law);
		for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeGreaterThan(levels[i - 1]);
		expect(levels[0]).toBeGreaterThan(L(domain.params[1], domain.tokens[1]));
		expect(levels.at(-1)!).toBeLessThan(L(domain.params[0], domain.tokens[0]));
	});

	it('traces every level', () => {
		expect(contours.map((c) => c.level)).toEqual(levels);
	});

	it('puts every traced point exactly on its contour (closed form, no grid)', () => {
		const L = lossOf(law);
		for (const c of contours) {
			for (const line of c.lines) {
				for (const [N, D] of line) {
					expect(Math.abs(L(N, D) - c.level)).toBeLessThan(1e-9);
				}
			}
		}
	});

	it('labels each contour at a point of the domain', () => {
		for (const c of contours) {
			const [N, D] = c.labelAt!;
			expect(N).toBeGreaterThanOrEqual(domain.params[0]);
			expect(D).toBeLessThanOrEqual(domain.tokens[1]);
		}
	});
});

describe('contourCache', () => {
	it('computes each key once', () => {
		let calls = 0;
		const get = contourCache(() => {
			calls++;
			return [];
		});
		get('a');
		get('a');
		get('b');
		expect(calls).toBe(2);
	});
});
