// The question the figure asks before its switches work — which correction, along the paper's path, lowers the
// exponent most? — and the numbers of its answer, from the authors' fits and ours, so each reply can say where the
// reader's choice ranks and what the largest step was.
import { PORIAN_PATHS, type PorianConfigKey, type PorianPathId } from '$lib/data/porian-configs';
import { resolveView } from './model';
import { CORRECTIONS, type Correction } from './switches';

/** Kaplan's setup with tuned AdamW alone (RefinedWeb): the one correction the authors also made on its own. */
const TUNED_ALONE: PorianConfigKey = 'rw,tuned,long,const,kaplan,train';

export interface PathStep {
	correction: Correction;
	/** The authors' exponent before and after this step (porian-fits.json), and ours. */
	from: number;
	to: number;
	oursFrom: number;
	oursTo: number;
	/** 0 for the step that lowers the authors' exponent most, 3 for the least. */
	rank: number;
}

/** Each step of a path with how far it moves a, the authors' and ours, ranked by the authors'. */
export function pathSteps(path: PorianPathId = 'rw'): PathStep[] {
	const views = PORIAN_PATHS[path].map((s) => resolveView(s.key));
	const steps = CORRECTIONS.map((correction, i) => ({
		correction,
		from: views[i].authorsExponent,
		to: views[i + 1].authorsExponent,
		oursFrom: views[i].exponent!,
		oursTo: views[i + 1].exponent!,
		rank: 0
	}));
	const order = [...steps].sort((p, q) => q.from - q.to - (p.from - p.to));
	for (const step of steps) step.rank = order.indexOf(step);
	return steps;
}

export interface GuessAnswer {
	right: boolean;
	chosen: PathStep;
	largest: PathStep;
	/** Tuning alone, from Kaplan's setup (RefinedWeb): the authors' a and ours, for the reply to that choice. */
	alone?: { from: number; to: number; oursFrom: number; oursTo: number };
}

/** The answer to a reader's choice, on RefinedWeb's path. */
export function answerGuess(choice: Correction): GuessAnswer {
	const steps = pathSteps('rw');
	const chosen = steps.find((s) => s.correction === choice)!;
	const largest = steps.find((s) => s.rank === 0)!;
	if (choice !== 'tuned') return { right: chosen === largest, chosen, largest };
	const alone = resolveView(TUNED_ALONE);
	return {
		right: chosen === largest,
		chosen,
		largest,
		alone: { from: steps[0].from, to: alone.authorsExponent, oursFrom: steps[0].oursFrom, oursTo: alone.exponent! }
	};
}
