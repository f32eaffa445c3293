// The Kaplan–Chinchilla figure's words (issue 25): loaded with that figure only. Part of the English interface strings
// (./index.ts has the rest).

/** The resolve figure: Porian et al.'s runs, Kaplan's setup corrected step by step. */
export const resolve = {
	caption:
		'Kaplan’s exponent turned into Chinchilla’s, on Porian et al.’s training runs. Left: loss against model size at each compute budget of one training setup (light to dark, smallest budget to largest), a parabola through the runs near each budget’s lowest loss (filled; hollow runs are left out of it) and its minimum. Right: the minima against compute and the power law N_opt ∝ Cᵃ through them, fitted here, beside the authors’ own. Below: a at each step of the paper’s path.',
	hint: 'Tick the corrections one by one, in order; switch the dataset, or count attention FLOPs as a variant.',
	chart:
		'Final loss against model size for each compute budget of the chosen configuration, with each budget’s parabola and minimum',
	optimaChart:
		'Compute-optimal model size against compute: our minima and the line through them, the authors’ optima and theirs',
	pathChart: 'The exponent a at each step of the path: ours with its resampling interval, beside the authors’',
	corrections: {
		head: {
			label: 'Count the head’s FLOPs',
			phrase: 'counting the head’s FLOPs',
			short: 'head',
			detail:
				'Kaplan et al. counted neither the embeddings nor the final layer that turns the model’s output into scores over the vocabulary (the head); standard counting puts the head into N and C. The runs were published with held-out loss for this counting, so this step also switches from training to held-out loss.',
			detailAttention:
				'Kaplan et al. counted neither the embeddings nor the head; this counting puts the head and the attention FLOPs into N and C. The loss stays the training loss.'
		},
		warmup: {
			label: 'A short warm-up',
			phrase: 'the short warm-up',
			short: 'warm-up',
			detail: 'Kaplan’s long learning-rate warm-up replaced by a short one, scaled to the model.'
		},
		decay: {
			label: 'Decay matched to each budget',
			phrase: 'matching the decay to each budget',
			short: 'decay',
			detail:
				'One long cosine schedule, set for a run longer than any here and cut off where each run stops, replaced by a cosine that ends where the run ends.'
		},
		tuned: {
			label: 'Tuned AdamW, constant rate',
			phrase: 'tuning AdamW',
			short: 'tuned',
			detail:
				'AdamW’s β2, the learning rate and the batch size tuned for each model size, with a constant learning rate in place of any decay.'
		}
	},
	kaplan: 'Kaplan',
	switches: 'Corrections, in the paper’s order',
	dataset: 'Dataset',
	datasets: { rw: 'RefinedWeb', owt2: 'OpenWebText2' },
	attention: 'Count attention FLOPs too',
	attentionRefinedWeb: 'Attention counting was trained on RefinedWeb only.',
	follows:
		'Only the paper’s path was trained, one correction at a time (and, on RefinedWeb, tuning alone): ticking a correction ticks the ones it builds on, unticking one unticks those built on it.',
	locked: 'Commit a guess first: the switches work once you have.',
	config: 'Configuration, as the data file names it',
	result: (ours: string, authors: string) => `N_opt ∝ Cᵃ with a = ${ours} fitted here; ${authors} in the authors’ fit.`,
	noResult: 'Fewer than two budgets have a minimum: no line to fit.',
	interval: (low: string, high: string) =>
		`A 95% interval from resampling the runs within each budget: ${low} to ${high}. It measures the scatter of these runs, not the difference between the two ways of finding a minimum`,
	authorsInside: '; the authors’ value lies inside it.',
	authorsOutside: '; the authors’ value lies outside it, so the two methods differ by more than that scatter.',
	tokensPerParam: (budget: string, ours: string, authors: string) =>
		`Tokens per parameter at the optimum at ${budget} FLOP, on each fitted line: ${ours} here, ${authors} in the authors’.`,
	method: (window: string) =>
		`Fitted here: a parabola in log N through the runs within ${window} of each budget’s lowest loss. The authors interpolate log-loss through all of a budget’s runs and take the median minimum over many noisy redraws; their numbers are read from their own result files (porian-fits.json).`,
	below: (gap: string) =>
		`Ours is ${gap} below theirs. Where a curve’s bottom is lopsided their interpolation follows it and a symmetric parabola does not: that is why ours sits a little below theirs on most configurations.`,
	above: (gap: string) => `Ours is ${gap} above theirs.`,
	smallestBudget: (budget: string, ours: string, theirs: string, without: string, authorsWithout: string) =>
		`Most of that gap is one budget: at ${budget} FLOP, the smallest, a few runs of unevenly spaced sizes reach nearly the same loss, so where the bottom lies is poorly fixed (the parabola puts it at ${ours}, the authors at ${theirs}). Without that budget, a = ${without} here and ${authorsWithout} in theirs.`,
	effect: (
		small: string,
		smallBefore: string,
		smallAfter: string,
		large: string,
		largeBefore: string,
		largeAfter: string
	) =>
		`This step moved our N_opt from ${smallBefore} to ${smallAfter} at ${small} FLOP, and from ${largeBefore} to ${largeAfter} at ${large} FLOP.`,
	offPath: 'Tuning alone is not a step of the paper’s path: the path below is RefinedWeb’s, for comparison.',
	path: 'The exponent along the path',
	pathLocked: 'The path appears once you have committed a guess.',
	pathNoJs: 'Show the path (it answers the question above)',
	step: 'Step',
	pathTokens: (budget: string, ours: string, authors: string) =>
		`Tokens per parameter at ${budget} FLOP, step by step: ${ours} here; ${authors} in the authors’ fits. It does not move steadily: N itself is counted differently after the first step, and each line is fitted to its own runs.`,
	ours: 'fitted here',
	authors: 'the authors’',
	smallBudgets: 'smaller budgets',
	largeBudgets: 'larger budgets',
	near: 'run near the minimum',
	far: 'run further up, left out',
	overTop: (count: number, loss: string) =>
		`${count} run${count === 1 ? '' : 's'} lie above the chart (losses up to ${loss}), all outside the parabolas’ windows.`,
	lineLabel: (a: string) => `a = ${a}`,
	authorsLineLabel: (a: string) => `authors’ ${a}`,
	download: 'Download the runs (CSV)',
	downloadFits: 'the authors’ fits (JSON)',
	budget: 'Budget C (FLOP)',
	runs: 'Runs',
	inWindow: 'Near the minimum',
	optN: 'N_opt here',
	authorsN: 'N_opt, authors’',
	ratio: 'D/N here',
	authorsRatio: 'D/N, authors’',
	exponentHeader: 'a here',
	intervalHeader: '95% interval',
	authorsHeader: 'a, authors’',
	problems: { 'too-few': 'too few runs', 'no-minimum': 'no minimum', outside: 'minimum outside its runs' },
	guess: {
		question:
			'Guess first: four corrections take Kaplan’s setup to Chinchilla’s. Along the paper’s path, which one lowers the exponent a the most?',
		right: (phrase: string, from: string, to: string, oursFrom: string, oursTo: string) =>
			`Right: ${phrase} is the largest step, from ${from} to ${to} in the authors’ fits (${oursFrom} to ${oursTo} fitted here).`,
		wrong: (
			phrase: string,
			rank: string,
			from: string,
			to: string,
			largest: string,
			largestFrom: string,
			largestTo: string
		) =>
			`Not this one: ${phrase} is the ${rank} step, from ${from} to ${to} in the authors’ fits. The largest is ${largest}, from ${largestFrom} to ${largestTo}.`,
		ranks: ['largest', 'second largest', 'third largest', 'smallest'],
		head: 'Counting changes what N and C are for the small models, where the head is a large part of the model.',
		warmup:
			'A long warm-up takes up much of the short runs at small budgets: shortening it raises those budgets’ optima far more than the large ones’.',
		decay: 'The authors found careful decay not essential: their last step drops it for a constant rate.',
		tuned: (from: string, to: string) =>
			`Done first, on its own, tuning moves a from ${from} to ${to}, nearly as far: how far a step moves a depends on the steps before it.`,
		unlocked: 'The switches are yours now.'
	}
};

export type ResolveMessages = typeof resolve;
export default resolve;
