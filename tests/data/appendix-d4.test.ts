import { describe, expect, it } from 'vitest';
import { bibliography } from '$lib/bibliography';
import { APPENDIX_D4 } from '$lib/data/appendix-d4';
import { allocate, loss, parametricLawIds } from '$lib/scaling';

const rules = ['kaplan2020', 'hoffmann2022-approach1'] as const;

describe('App. D.4, the one direct test (hoffmann2022)', () => {
	it('is quoted with its source', () => {
		expect(APPENDIX_D4.cite in bibliography).toBe(true);
		expect(APPENDIX_D4.locator).toBe('App. D.4');
		expect(APPENDIX_D4.budget).toBe(1e21);
	});

	it('predicts 4.68 B by Kaplan’s rule and 2.86 B by Approach 1, then trains 4.74 B and 2.80 B', () => {
		expect(APPENDIX_D4.predicted).toEqual({ kaplan2020: 4.68e9, 'hoffmann2022-approach1': 2.86e9 });
		expect(APPENDIX_D4.trained).toEqual({ kaplan2020: 4.74e9, 'hoffmann2022-approach1': 2.8e9 });
	});

	it.each(rules)('the core reproduces the printed prediction of %s to the digits printed', (rule) => {
		const params = allocate(rule, APPENDIX_D4.budget).params;
		expect(Number((params / 1e9).toFixed(2))).toBe(APPENDIX_D4.predicted[rule] / 1e9);
	});

	it('reproduces Kaplan’s 4.68 B only with C_min = C/2: the whole budget would give 1.66 times as much', () => {
		// kaplan2020 Table 6: N = 1.3e9 · (C_min / PF-day)^0.73, a PF-day being 8.64e19 FLOP.
		const kaplan = (cMin: number) => 1.3e9 * (cMin / 8.64e19) ** 0.73;
		expect(kaplan(APPENDIX_D4.budget / 2) / 1e9).toBeCloseTo(4.68, 2);
		expect(kaplan(APPENDIX_D4.budget) / kaplan(APPENDIX_D4.budget / 2)).toBeCloseTo(2 ** 0.73, 12);
		expect(kaplan(APPENDIX_D4.budget) / 1e9).toBeGreaterThan(7.7);
	});

	it('trained sizes within 2% of the predictions, not the predictions themselves', () => {
		for (const rule of rules) {
			const ratio = APPENDIX_D4.trained[rule] / APPENDIX_D4.predicted[rule];
			expect(Math.abs(ratio - 1)).toBeGreaterThan(0.005);
			expect(Math.abs(ratio - 1)).toBeLessThan(0.025);
		}
	});

	it.each(parametricLawIds)('%s agrees with the experiment: the trained Approach-1 model has the lower loss', (fit) => {
		const lossOf = (params: number) => loss(fit, params, APPENDIX_D4.budget / (6 * params));
		expect(APPENDIX_D4.winner).toBe('hoffmann2022-approach1');
		expect(lossOf(APPENDIX_D4.trained['hoffmann2022-approach1'])).toBeLessThan(lossOf(APPENDIX_D4.trained.kaplan2020));
	});
});
