import { describe, expect, it } from 'vitest';
import { katexMacros, notation } from '$lib/notation.js';
import { quantities } from '$lib/quantities';

describe('the quantities registry', () => {
	it.each(Object.keys(notation))('gives %s a symbol, a colour class, a label and a formatter', (id) => {
		const q = quantities[id as keyof typeof quantities];
		expect(q.symbol).toBeTruthy();
		expect(q.colour).toMatch(/^q-/);
		expect(q.label).toContain(q.symbol === 'D/N' ? 'per parameter' : q.symbol);
		expect(q.format(1234.5)).not.toMatch(/NaN/);
	});

	it('writes each quantity’s KaTeX macro in its colour', () => {
		expect(katexMacros['\\params']).toBe('\\htmlClass{q-params}{N}');
		expect(katexMacros['\\tokens']).toBe('\\htmlClass{q-tokens}{D}');
		expect(katexMacros['\\Nopt']).toContain('q-params');
	});

	it('formats each quantity as the essay prints it', () => {
		expect(quantities.params.format(70e9)).toBe('70 B');
		expect(quantities.tokens.format(1.4e12)).toBe('1.4 T');
		expect(quantities.compute.format(5.76e23)).toBe('5.8 × 10²³');
		expect(quantities.loss.format(1.9371)).toBe('1.937');
	});
});
