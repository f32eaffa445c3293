import { describe, expect, it } from 'vitest';
import { frontierOf, parametricPresets } from '$lib/scaling';
import { CONSTANTS, SLIDERS, fromSlider, implied, toSlider, withConstant } from '$lib/widgets/law-editor/model';

const epoch = parametricPresets.besiroglu2024.law;

describe('the law editor', () => {
	it.each(CONSTANTS)('%s: the slider’s ends are its range, and a value survives a round trip', (key) => {
		const { min, max } = SLIDERS[key];
		expect(fromSlider(key, 0)).toBeCloseTo(min, 9);
		expect(fromSlider(key, 1000)).toBeCloseTo(max, 6);
		const value = epoch[key];
		expect(Math.abs(fromSlider(key, toSlider(key, value)) / value - 1)).toBeLessThan(0.01);
	});

	it('puts A and B on a logarithmic slider: the midpoint is the geometric mean', () => {
		expect(fromSlider('A', 500)).toBeCloseTo(Math.sqrt(10 * 1e5), -1);
		expect(fromSlider('alpha', 500)).toBeCloseTo(0.55, 9);
	});

	it('clamps positions outside the slider', () => {
		expect(toSlider('beta', 5)).toBe(1000);
		expect(toSlider('beta', 0.01)).toBe(0);
	});

	it('changes one constant, or names the range it must stay in', () => {
		const ok = withConstant(epoch, 'beta', 0.4);
		expect(ok.ok && ok.law.beta).toBe(0.4);
		expect(ok.ok && ok.law.alpha).toBe(epoch.alpha);
		expect(withConstant(epoch, 'beta', 7)).toEqual({ ok: false, range: [0.05, 2] });
	});

	it('says what the law implies at a budget', () => {
		const at = implied(epoch, 5.76e23);
		expect(at.a + at.b).toBeCloseTo(1, 12);
		expect(at.params).toBeCloseTo(frontierOf(epoch).params(5.76e23), 0);
		expect(6 * at.params * at.tokens).toBeCloseTo(5.76e23, -12);
	});
});
