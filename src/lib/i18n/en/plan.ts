// The planner's words: loaded with the planner only. Part of the English interface strings (./index.ts has the rest).

/** The planner (issue 26): a budget, data and serving demand in, one plan with its alternatives out. */
export const plan = {
	caption:
		'Plan a training run: a budget (from your cluster, or in FLOP), the unique tokens you have and how often you would repeat them, and the tokens the model will serve over its life. The plan spends the whole budget, 6·N·D = C; beside it, the same figures for the rules you might use instead. The map shows the plan on the loss contours with the budget’s iso-FLOP line, the data limit and the plans for the same data and demand at every budget.',
	hint: 'Type a value and press Enter; “unlimited” lifts a limit. The worked plans load a whole scenario.',
	budgetHeading: 'Budget',
	clusterHeading: 'Your cluster',
	setFromCluster: 'Set budget from cluster',
	countInvalid: (max: string) => `Type a whole number of accelerators from 1 to ${max}.`,
	daysInvalid: (min: string, max: string) => `Type days from ${min} (an hour) to ${max}.`,
	mfuInvalid: 'Type a utilisation from 1 to 100 (per cent).',
	clusterOutOfRange: (flop: string, range: string) =>
		`That cluster buys ${flop} FLOP, outside the budgets the planner covers (${range}).`,
	dataHeading: 'Data and demand',
	unique: 'Unique tokens',
	epochs: 'Most epochs',
	serve: 'Tokens served over the model’s life',
	apply: 'Plan',
	unlimited: 'unlimited',
	/** No tokens to serve. */
	nothing: 'no',
	/** What a limit field reads as "no limit" (lower case). */
	unlimitedWords: ['unlimited', 'no limit', '∞'],
	uniqueInvalid: (min: string, max: string) => `Type unique tokens from ${min} to ${max}, or “unlimited”.`,
	epochsInvalid: (max: string) => `Type a number of epochs from 1 to ${max}, or “unlimited”.`,
	serveInvalid: (max: string) => `Type the tokens to serve, from 0 to ${max}.`,
	worked: 'Load a worked plan:',
	workedNames: { university: 'University lab', startup: 'Startup', serving: 'Serving lab' },
	cardTitle: 'Training plan',
	inputsLine: (budget: string, cluster: string, unique: string, epochs: string, serve: string, fit: string) =>
		`Budget ${budget} FLOP (${cluster}); unique tokens: ${unique}; most epochs: ${epochs}; tokens served: ${serve}; fit: ${fit}.`,
	cluster: (count: string, accelerator: string, mfu: string) => `${count} × ${accelerator} at ${mfu} MFU`,
	bindingLead: 'What binds: ',
	/** After the binding constraint, before the sentence that explains it. */
	bindingEnd: '. ',
	/** Between the card's sentences. */
	join: ' ',
	/** A difference in loss below the fits' precision. */
	nearZero: '≈ 0',
	/** The binding constraint in words; where a word differs from the hook's key, the key follows it. */
	bindingName: { compute: 'compute', data: 'data', inference: 'inference' },
	keyOpen: ' (',
	keyClose: ')',
	reasons: {
		'compute-optimal':
			'Only the budget binds: with data to spare and nothing to serve, the plan is the fit’s compute-optimal model.',
		'repeated-data':
			'Only the budget binds, but the plan repeats your unique data (within your limit). A repeated token is worth a little less than a fresh one, so the model is a little larger than compute-optimal.',
		inference:
			'Serving binds: a smaller model trained on more tokens costs less over its whole life, so the plan gives up a little loss for a model that is cheaper to serve.',
		'inference-repeated-data':
			'Serving binds: a smaller model trained on more tokens costs less over its whole life, and those extra tokens repeat your unique data (within your limit).',
		'data-limit':
			'Data binds: the best model for this budget would need more passes over your unique data than you allow, so the plan trains on exactly your limit and spends the rest of the budget on a larger model.',
		'data-limit-inference':
			'Data binds: with nothing to serve your data would be enough, but the smaller, longer-trained model that serving asks for would need more passes than you allow; the plan trains on exactly your limit.'
	},
	options: {
		plan: 'Your plan',
		computeOptimal: 'Compute-optimal',
		tokens20: '20 tokens/param',
		kaplan2020: 'Kaplan’s rule'
	},
	optionHeader: 'Option',
	rows: {
		params: 'Parameters N',
		tokens: 'Training tokens D',
		epochs: 'Epochs over the unique data',
		tokensPerParam: 'Tokens per parameter',
		loss: 'Expected loss',
		days: 'Training days on the cluster',
		lifetime: 'Lifetime compute (FLOP)',
		lossDelta: 'Loss against the plan',
		lifetimeRatio: 'Lifetime compute against the plan'
	},
	freshOnly: 'none repeated',
	overLimit: 'over your limit',
	same: '—',
	times: (x: string) => `${x}×`,
	interval: (level: string, low: string, high: string, count: string) =>
		`Expected loss ${level} interval: ${low} to ${high}, over ${count} bootstrap refits of Epoch’s fit to the runs.`,
	noInterval: 'This fit has no runs to resample, so the plan has no interval; Epoch’s fit has one.',
	days: (days: string, cluster: string) => `Trains in ${days} days on ${cluster}.`,
	lifetime: (total: string, share: string) => `Over its life the model costs ${total} FLOP, ${share} of it in serving.`,
	map: 'The plan on the loss contours: the budget’s iso-FLOP line, the data limit and the plans at other budgets',
	budgetLine: 'your budget',
	dataLimit: 'data limit (unique × epochs)',
	path: 'plans at other budgets',
	frontier: 'compute-optimal frontier',
	planLabel: 'plan',
	spread: 'plan under the refits',
	print: 'Print the plan card',
	downloadJson: 'Download JSON',
	downloadCsv: 'Download CSV',
	printUrl: 'This plan, live:',
	guessQuestion: (cluster: string, days: string, unique: string, epochs: string, serve: string) =>
		`Guess first: ${cluster} for ${days} days, ${unique} unique tokens that you would train on for at most ${epochs} epochs, and ${serve} tokens to serve. How many parameters should the model have?`,
	guessLabel: 'Your guess',
	guessValue: (params: string) => `${params} parameters`,
	guessVerdict: (guess: string, params: string, ratio: string) =>
		`You guessed ${guess} parameters; the plan has ${params}, ${ratio} your guess.`
};

export type PlanMessages = typeof plan;
export default plan;
