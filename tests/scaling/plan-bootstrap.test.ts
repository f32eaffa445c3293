import { describe, expect, it } from 'vitest';
import { chinchillaRuns } from '$lib/data/chinchilla-runs';
import {
	EPOCH_BOOTSTRAP,
	EPOCH_BOOTSTRAP_LAWS,
	bootstrapRefits,
	fitApproach3,
	parametricPresets,
	quantile,
	withoutHighestLosses
} from '$lib/scaling';
import { expectRelative } from './helpers';

describe('the stored bootstrap of Epoch’s fit', () => {
	it('holds the stated number of refits, every coefficient positive and finite', () => {
		expect(EPOCH_BOOTSTRAP_LAWS).toHaveLength(EPOCH_BOOTSTRAP.count);
		EPOCH_BOOTSTRAP_LAWS.forEach((law) =>
			Object.values(law).forEach((v) => expect(Number.isFinite(v) && v > 0).toBe(true))
		);
	});

	it('is what the core makes: the first 12 refits again, to the 7 digits stored', () => {
		const runs = withoutHighestLosses(chinchillaRuns, EPOCH_BOOTSTRAP.droppedHighestLosses);
		const start = fitApproach3(runs, { method: 'epoch' }).law;
		// The same seed draws the same first resamples whatever the count.
		const again = bootstrapRefits(runs, start, { count: 12, seed: EPOCH_BOOTSTRAP.seed });
		again.forEach((law, i) => {
			for (const key of ['E', 'A', 'B', 'alpha', 'beta'] as const) {
				expectRelative(EPOCH_BOOTSTRAP_LAWS[i][key], law[key], 1e-6);
			}
		});
	}, 30_000);

	it.each(['E', 'alpha', 'beta'] as const)('centres %s on Epoch’s published estimate', (key) => {
		const sorted = EPOCH_BOOTSTRAP_LAWS.map((l) => l[key]).sort((x, y) => x - y);
		const published = parametricPresets.besiroglu2024.law[key];
		expect(quantile(sorted, 0.025)).toBeLessThan(published);
		expect(quantile(sorted, 0.975)).toBeGreaterThan(published);
		expectRelative(quantile(sorted, 0.5), published, 0.02);
	});
});
