import { describe, expect, it } from 'vitest';
import { allocate, trainingCompute } from '$lib/scaling';
import { answerFits, onLine, optima, outcome, sizeRange, valleyLine } from '$lib/widgets/guess-size/model';

const C = 5.76e23;

describe('the chapter-1 hook', () => {
	it('keeps every choice on the budget', () => {
		for (const N of [1e9, 7e10, 2.8e11, sizeRange[1]]) {
			const m = onLine(C, N);
			expect(trainingCompute(m.params, m.tokens) / C).toBeCloseTo(1, 12);
		}
	});

	it('wastes nothing at the optimum and more the further the choice is from it, on either side', () => {
		for (const law of answerFits) {
			const opt = allocate(law, C).params;
			expect(outcome(law, C, opt).wasted).toBeLessThan(1e-9);
			const smaller = [0.5, 0.2, 0.05].map((k) => outcome(law, C, opt * k).wasted);
			const larger = [2, 5, 20].map((k) => outcome(law, C, opt * k).wasted);
			for (const side of [smaller, larger]) {
				expect(side[0]).toBeGreaterThan(0);
				expect(side[1]).toBeGreaterThan(side[0]);
				expect(side[2]).toBeGreaterThan(side[1]);
				for (const w of side) expect(w).toBeLessThan(1);
			}
		}
	});

	it('finds Gopher’s size wasteful under every fit, and reports each fit’s optimum', () => {
		for (const law of answerFits) expect(outcome(law, C, 280e9).wasted).toBeGreaterThan(0.1);
		const rows = optima(C);
		expect(rows.map((r) => r.lawId)).toEqual(answerFits);
		for (const r of rows) expect(r.params / allocate(r.lawId, C).params).toBeCloseTo(1, 12);
	});

	it('draws the valley across the whole range, lowest near the optimum', () => {
		const line = valleyLine('besiroglu2024', C);
		expect(line[0][0]).toBeCloseTo(sizeRange[0], 0);
		expect(line.at(-1)![0] / sizeRange[1]).toBeCloseTo(1, 9);
		const lowest = line.reduce((a, b) => (b[1] < a[1] ? b : a));
		expect(Math.abs(Math.log10(lowest[0] / allocate('besiroglu2024', C).params))).toBeLessThan(0.05);
		for (const [, L] of line) expect(Number.isFinite(L)).toBe(true);
	});
});
