// The chapter-1 guess's words: loaded with that figure only. Part of the English interface strings (./index.ts has the
// rest).

export const guess = {
	caption:
		'Your call before any theory: one fixed budget, every model it can train. Choose a size, commit, and see the loss of your choice against the compute-optimal model of each fit, the sizes Gopher and Chinchilla chose, and how much of the budget your choice would waste.',
	question: (budget: string) => `You have Gopher’s budget, ${budget} FLOP. How big a model would you train?`,
	slider: 'Model size',
	sliderText: (params: string, tokens: string) => `${params} parameters, ${tokens} tokens`,
	typed: 'or type a size',
	set: 'Set',
	unreadable: (lo: string, hi: string) => `Type a size between ${lo} and ${hi} parameters, such as “20 B”.`,
	choice: (tokens: string, ratio: string) =>
		`The budget then leaves ${tokens} training tokens: ${ratio} tokens per parameter.`,
	commit: 'Commit my guess',
	committed: 'Your guess is in. Move the size to see how the answer changes.',
	noJs: 'With JavaScript off the controls do not work; the answer, for this budget, is in the chapter',
	noJsLink: 'Two models, one budget',
	chart: 'Loss of every model the budget can train, by model size, with your choice and the compute-optimal model',
	yours: 'your choice',
	optimum: 'compute-optimal',
	verdictLoss: (loss: string, fit: string) => `Your model would reach a loss of ${loss} (${fit}).`,
	verdictOptimum: (params: string, loss: string) =>
		`The compute-optimal model for this budget has ${params} parameters and a loss of ${loss}.`,
	verdictWaste: (wasted: string, cheapest: string) =>
		`A compute-optimal model reaches your loss with ${cheapest} FLOP: your choice wastes ${wasted} of the budget.`,
	verdictNoWaste: 'Your choice is within a whisker of compute-optimal: it wastes less than 1% of the budget.',
	landmarksNote: (gopher: string, chinchilla: string, tokensFactor: string) =>
		`Gopher used this budget for ${gopher} parameters; Chinchilla, the paper’s answer, for ${chinchilla} trained on ${tokensFactor} times as many tokens.`,
	perFit: 'Compute-optimal under each fit:',
	fit: 'Fit',
	params: 'Parameters',
	tokens: 'Tokens',
	loss: 'Loss',
	youRow: 'Your choice'
};

export type GuessMessages = typeof guess;
export default guess;
