import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chinchillaRuns } from '$lib/data/chinchilla-runs';
import { RUNS_COMPUTE_SPAN } from '$lib/data/runs-span';
import { computeSpan, withoutHighestLosses } from '$lib/scaling';
import { expectRelative } from '../scaling/helpers';

const file = readFileSync('static/data/epoch-chinchilla-figure4.csv', 'utf8').trim().split('\n');
const header = file[0].split(',');
const rows = file.slice(1).map((line) => line.split(','));

describe('the Chinchilla runs (Epoch’s read-off of Figure 4)', () => {
	it('are the 245 rows of the file the site serves, in order', () => {
		expect(chinchillaRuns).toHaveLength(245);
		expect(rows).toHaveLength(245);
		const [n, c, l] = ['Model Size', 'Training FLOP', 'loss'].map((name) => header.indexOf(name));
		rows.forEach((row, i) => {
			expect(chinchillaRuns[i].params).toBe(Number(row[n]));
			expect(chinchillaRuns[i].compute).toBe(Number(row[c]));
			expect(chinchillaRuns[i].loss).toBe(Number(row[l]));
		});
	});

	it('span about 1.4e18 to 1.3e22 FLOP, so everything past that is extrapolation', () => {
		const { min, max } = computeSpan(chinchillaRuns);
		expectRelative(min, 1.4e18, 0.01);
		expectRelative(max, 1.3e22, 0.01);
		// The span the figures mark without loading the runs is the data's own.
		expect(RUNS_COMPUTE_SPAN).toEqual({ min, max });
	});

	it('keep 240 once Epoch’s 5 highest losses are dropped', () => {
		expect(withoutHighestLosses(chinchillaRuns, 5)).toHaveLength(240);
	});
});
