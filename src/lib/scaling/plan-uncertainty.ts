import { fitApproach3, logFromLaw, PAPER_HUBER_DELTA } from './approach3';
import { bootstrap, quantile, type Band } from './bootstrap';
import type { ParametricLaw } from './parametric';
import { planPoint, solvePlan, type PlanInputs, type PlanPoint } from './plan';
import type { Run } from './runs';

/**
 * How sure the plan can be: the same inputs under many refits of the fit to resampled runs (a bootstrap). Two spreads:
 * the loss the chosen model (N, D) would reach under each refit — the answer to "what loss will I get if I train this?"
 * — and where each refit would put the plan itself.
 */

/** The bootstrap the fit figure runs (besiroglu2024's way): each resample refitted from one start, the full-data law. */
export function bootstrapRefits(
	runs: readonly Run[],
	start: ParametricLaw,
	{ count, seed, delta = PAPER_HUBER_DELTA }: { count: number; seed: number; delta?: number }
): ParametricLaw[] {
	const starts = [logFromLaw(start)];
	return bootstrap(
		runs,
		(sample) => {
			try {
				return fitApproach3(sample, { method: 'epoch', delta, starts, stopping: { ftol: 0, maxIterations: 2000 } }).law;
			} catch {
				// A resample too degenerate to fit is skipped, as the fit figure's worker does.
				return undefined;
			}
		},
		{ count, seed }
	);
}

export interface PlanUncertainty {
	/** How many refits the spreads come from. */
	count: number;
	/** The central share of refits each band spans (0.95: from the 2.5th to the 97.5th percentile). */
	level: number;
	/** The loss the plan's own model would reach under each refit: [low, median, high]. */
	loss: Band;
	/** The plan's N, replanned under each refit. */
	params: Band;
	/** The plan's D, replanned under each refit. */
	tokens: Band;
}

function band(values: number[], level: number): Band {
	const sorted = Float64Array.from(values).sort();
	const tail = (1 - level) / 2;
	return [quantile(sorted, tail), quantile(sorted, 0.5), quantile(sorted, 1 - tail)];
}

/** The spreads of a plan over `laws` (bootstrap refits); `model` is the plan's own (N, D) under the central fit. */
export function planUncertainty(
	laws: readonly ParametricLaw[],
	inputs: PlanInputs,
	model: Pick<PlanPoint, 'params' | 'tokens'>,
	level = 0.95
): PlanUncertainty {
	if (laws.length < 2) throw new RangeError(`planUncertainty needs at least 2 refits, got ${laws.length}`);
	if (!(level > 0 && level < 1)) throw new RangeError(`level must be between 0 and 1, got ${level}`);
	const replanned = laws.map((law) => solvePlan(law, inputs));
	return {
		count: laws.length,
		level,
		loss: band(
			laws.map((law) => planPoint(law, inputs, model.params, model.tokens).loss),
			level
		),
		params: band(
			replanned.map((p) => p.params),
			level
		),
		tokens: band(
			replanned.map((p) => p.tokens),
			level
		)
	};
}
