// What the figure says beside its numbers: how our fit and the authors' differ for a configuration (and, where the gap
// is marked, whether one budget makes it), and what the last correction did to the optima at the small and large
// budgets.
import { PORIAN_PATHS, authorsFit, configKey, porianBudgetGroups } from '$lib/data/porian-runs';
import { estimatePowerLaw, fitIsoFlops } from '$lib/scaling';
import { resolveView, type ResolveView } from './model';
import { pathOf } from './switches';

/** A gap between our exponent and the authors' worth explaining on its own (only one configuration exceeds it). */
export const MARKED_GAP = 0.02;

export interface SmallestBudget {
	compute: number;
	/** Where our parabola and the authors' interpolation put that budget's optimum. */
	params?: number;
	authorsParams?: number;
	/** a fitted without that budget, ours and the authors'. */
	without: number;
	authorsWithout: number;
}

export interface MethodGap {
	/** Our exponent minus the authors'. */
	gap: number;
	/** Set when the gap exceeds MARKED_GAP and leaving out the smallest budget closes most of it. */
	smallestBudget?: SmallestBudget;
	/** Whether the authors' exponent lies inside our resampling interval (undefined without one). */
	insideInterval?: boolean;
}

/** How our exponent compares with the authors' for the configuration in view. */
export function compareMethods(view: ResolveView, interval?: readonly [number, number]): MethodGap {
	const gap = view.exponent! - view.authorsExponent;
	const insideInterval = interval && view.authorsExponent >= interval[0] && view.authorsExponent <= interval[1];
	const result: MethodGap = insideInterval === undefined ? { gap } : { gap, insideInterval };
	if (Math.abs(gap) <= MARKED_GAP) return result;
	const first = view.budgets.find((b) => b.points.length > 0)!;
	const rest = porianBudgetGroups(view.config).filter((g) => g.budget > first.compute);
	const theirs = authorsFit(view.config).budgets.filter((b) => b.optimum && b.compute > first.compute);
	const without = fitIsoFlops(rest).params?.exponent;
	const authorsWithout = estimatePowerLaw(
		theirs.map((b) => b.compute),
		theirs.map((b) => b.optimum!.params)
	).exponent;
	if (without === undefined || Math.abs(without - authorsWithout) >= Math.abs(gap) / 2) return result;
	return {
		...result,
		smallestBudget: {
			compute: first.compute,
			params: first.minimum?.params,
			authorsParams: first.authors?.params,
			without,
			authorsWithout
		}
	};
}

export interface OptimumShift {
	compute: number;
	before: number;
	after: number;
}

export interface StepEffect {
	/** The configuration the last correction started from (the step before on its path; Kaplan's setup off the paths). */
	previous: ResolveView;
	/** Our N_opt before and after at the smallest and the largest budget where both have a minimum. */
	smallest: OptimumShift;
	largest: OptimumShift;
}

/** What the last correction did to our optima; undefined at Kaplan's setup. */
export function stepEffect(view: ResolveView): StepEffect | undefined {
	const path = PORIAN_PATHS[pathOf(view.config)];
	const key = configKey(view.config);
	const step = path.findIndex((s) => s.key === key);
	if (step === 0) return undefined;
	const previous = resolveView(path[step > 0 ? step - 1 : 0].key);
	const shifts = view.budgets.flatMap((b): OptimumShift[] => {
		const before = previous.budgets.find((p) => p.compute === b.compute)?.minimum;
		return b.minimum && before ? [{ compute: b.compute, before: before.params, after: b.minimum.params }] : [];
	});
	if (shifts.length < 2) return undefined;
	return { previous, smallest: shifts[0], largest: shifts.at(-1)! };
}
