// The draw-the-frontier figure's words: loaded with that figure only. Part of the English interface strings (./index.ts
// has the rest).

export const drawFrontier = {
	captionParams:
		'Draw before you read: set where you expect the compute-optimal model size at 10¹⁹ and at 10²⁵ FLOP, then reveal the chosen fit’s frontier and the optimum measured at each of the paper’s IsoFLOP budgets.',
	captionRatio:
		'The same for tokens per parameter: does the compute-optimal model train on more tokens per parameter as the budget grows, fewer, or the same? Set your line, then reveal.',
	questionParams: 'How does the best model size grow with compute? Set your line.',
	questionRatio: 'And tokens per parameter: up, down or flat as compute grows? Set your line.',
	at: (budget: string) => `At ${budget} FLOP`,
	point: (budget: string, value: string) => `Your line at ${budget} FLOP: ${value}`,
	chartParams: 'Compute-optimal model size against compute: your line, and after the reveal the fit and the runs',
	chartRatio: 'Tokens per parameter against compute: your line, and after the reveal the fit and the runs',
	axisParams: 'Optimal parameters N',
	axisRatio: 'Tokens per parameter D/N',
	yourLine: 'your line',
	fitLine: (fit: string) => `frontier (${fit})`,
	measured: 'optimum measured at an IsoFLOP budget',
	reveal: 'Reveal the fit and the runs',
	beyond: 'beyond the runs',
	slopes: (yours: string, fit: string, name: string) =>
		`Your line grows as compute to the power ${yours}; the frontier of ${name} as compute to the power ${fit}.`,
	factor: (budget: string, yours: string, fit: string, verdict: string) =>
		`At ${budget} FLOP you said ${yours}, the fit says ${fit}: ${verdict}.`,
	close: 'within 10%',
	above: (factor: string) => `${factor}× too high`,
	below: (factor: string) => `${factor}× too low`,
	lessonParams:
		'The optimal model grows roughly as the square root of compute: a thousand times the budget buys a model about thirty times larger.',
	lessonRatio:
		'The fits disagree about which way the ratio drifts, but each keeps it within a small factor across these six decades of compute: parameters and tokens grow together.',
	budget: 'Budget',
	hidden: 'the fit (after the reveal)'
};

export type DrawFrontierMessages = typeof drawFrontier;
export default drawFrontier;
