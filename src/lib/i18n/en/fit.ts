// The fitter's words: loaded with the fitter only. Part of the English interface strings (./index.ts has the rest).

export const fit = {
	caption:
		'Approach 3 on the real runs, fitted in your browser: L = E + A/Nᵅ + B/Dᵝ, fitted to the final losses the way the paper did (a Huber loss on log-loss, L-BFGS from a grid of 4,500 starting points) or the way Epoch did (maximum likelihood with a Huber error model and a fitted scale). The table puts the fit beside the printed constants and Epoch’s; the chart draws the compute-optimal model size each implies, hatched where there are no runs.',
	hint: 'Change the method, Huber δ, which runs go in, noise or rounding and watch the exponents move; bootstrap for an interval; paste runs of your own.',
	data: 'Runs',
	chinchilla: 'Chinchilla’s (Epoch’s read-off)',
	yours: 'Yours (pasted below)',
	subset: 'Which runs',
	subsets: { all: 'All budgets', small: 'Below 10²⁰ FLOP', large: '10²⁰ FLOP and above' },
	dropOutliers: 'Drop the 5 highest losses (as Epoch did)',
	method: 'Method',
	methods: {
		paper: 'The paper’s: Huber loss, L-BFGS from a grid',
		epoch: 'Epoch’s: likelihood with a fitted scale'
	},
	grid: 'Starting points',
	grids: { paper: 'The paper’s 4,500', quick: 'Every tenth (450)' },
	delta: 'Huber δ',
	noise: 'Noise added to the losses',
	noiseValue: (percent: string) => (percent === '0%' ? 'none' : `±${percent}`),
	decimals: 'Round α and β to',
	decimalsValue: (d: number) => (d === 0 ? 'unrounded' : `${d} decimal${d === 1 ? '' : 's'}`),
	fitting: (done: string, total: string) => `Fitting… ${done} of ${total} starting points`,
	bootstrapping: (done: string, total: string) => `Bootstrapping… ${done} of ${total} resamples`,
	fitted: (runs: number, seconds: string, converged: number, starts: number) =>
		`Fitted to ${runs} runs in ${seconds} s (${converged} of ${starts} starting points converged).`,
	prerendered: (runs: number) => `Fitted to ${runs} runs.`,
	notConverged: 'No starting point converged: the numbers show where the fit was heading, not an optimum.',
	tooFew: (runs: number) => `${runs} runs are too few: Approach 3 has five unknowns and needs at least 6 runs.`,
	underdetermined: (runs: number, budgets: number, needRuns: number, needBudgets: number) =>
		`Too few runs to trust this fit: ${runs} runs on ${budgets} compute budget${budgets === 1 ? '' : 's'} for five unknowns. A fit worth reading needs at least ${needRuns} runs (three per unknown) on at least ${needBudgets} budgets; with fewer, one run more or less can move every constant.`,
	staleFitting: 'Fitting… the numbers below are still the last fit’s.',
	staleRefused: 'Not refitted: the numbers below are the last fit’s, on other runs or settings.',
	failed: (message: string) => `The fit failed: ${message}`,
	table: 'Fitted constants beside the printed and Epoch’s',
	parameter: 'Constant',
	thisFit: 'This fit',
	interval: '95% bootstrap interval',
	printed: 'Paper (printed)',
	epoch: 'Epoch (published)',
	noInterval: 'no interval: too few runs',
	exponentA: 'a = β/(α+β): N_opt ∝ Cᵃ',
	exponentB: 'b = α/(α+β): D_opt ∝ Cᵇ',
	approach2: 'Approach 2 on these runs',
	approach2Value: (a: string, low: string, high: string, budgets: number) =>
		`a = ${a} (95% interval ${low}–${high}, from ${budgets} IsoFLOP minima)`,
	approach2NoInterval: (a: string, budgets: number) =>
		`a = ${a} (no interval: a line through ${budgets} IsoFLOP minima has nothing to check it against; an interval needs at least 3)`,
	approach2None: 'too few IsoFLOP budgets with a minimum to fit a line',
	bootstrap: 'Bootstrap',
	resamples: 'Resamples',
	runBootstrap: 'Resample and refit',
	bootstrapped: (count: number, seconds: string) => `${count} resamples refitted in ${seconds} s.`,
	frontierChart: 'Compute-optimal model size against compute for this fit, the printed fit and Epoch’s',
	frontierY: 'Show',
	frontierParams: 'Optimal parameters',
	frontierRatio: 'Tokens per parameter',
	thisFitLine: 'this fit',
	printedLine: 'printed',
	epochLine: 'Epoch',
	band: '95% bootstrap band',
	atGopher: (params: string, low: string, high: string) =>
		`At Gopher’s budget this fit’s compute-optimal model has ${params} parameters; the bootstrap puts it between ${low} and ${high}.`,
	atGopherNoBand: (params: string) =>
		`At Gopher’s budget this fit’s compute-optimal model has ${params} parameters. Resample for an interval.`,
	atGopherNoInterval: (params: string) =>
		`At Gopher’s budget this fit’s compute-optimal model has ${params} parameters; the bootstrap gives no interval (too few runs).`,
	ownHeading: 'Fit runs of your own',
	ownHelp:
		'One run per line: parameters, tokens, loss (or a header naming N, D or C, and loss). Numbers like 400e6, 70 B or 1.4 T. Nothing leaves your browser.',
	ownLabel: 'Your runs (CSV)',
	ownFile: 'Or open a CSV file',
	ownUse: 'Fit these runs',
	ownRead: (good: number, bad: number) =>
		`${good} run${good === 1 ? '' : 's'} read${bad ? `, ${bad} line${bad === 1 ? '' : 's'} skipped` : ''}.`,
	ownExample: 'Paste an example',
	useEverywhere: 'Use this fit in every figure',
	usedEverywhere: 'Every figure that follows your scenario now uses this fit (“Your fit” in its menu).'
};

export type FitMessages = typeof fit;
export default fit;
