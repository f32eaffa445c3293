// Every UI string the site shows, in one place, so the Chinese edition is a second file of the same shape.
// Prose lives in content/; this file holds only the words of the interface. Components import it through $lib/i18n.

/** "1 hour 40 minutes", "35 minutes". */
const hours = (minutes: number) => {
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	if (h === 0) return `${m} minutes`;
	return `${h} hour${h > 1 ? 's' : ''}${m ? ` ${m} minutes` : ''}`;
};

/** The essay (or a chapter of it) as a citation names it, in the edition's words. */
export interface CitedEssay {
	authors: string;
	year: string;
	chapter?: string;
	title: string;
	subtitle: string;
	/** The edition's date, as the edition writes a date. */
	edition: string;
	url?: string;
}

export const en = {
	/** BCP 47 tag for <html lang> and for Intl number formats. */
	locale: 'en-US',
	/** How counts are abbreviated, largest first ("1.4 T" tokens, "70 B" parameters). */
	countUnits: [
		[1e12, 'T'],
		[1e9, 'B'],
		[1e6, 'M'],
		[1e3, 'K']
	] as [number, string][],
	siteTitle: 'Compute-optimal, explained',
	siteTagline:
		'How to split a fixed training budget between model size and training data: the Chinchilla result, live in your hands.',
	skipToContent: 'Skip to content',
	/**
	 * The punctuation components put between strings they join (a label and its value, the sentences of a readout):
	 * each edition punctuates its own, so no component adds ASCII punctuation to Chinese.
	 */
	punct: {
		/** Ends a sentence built from pieces. */
		stop: '.',
		/** After a label, before its value. */
		colon: ': ',
		/** Between two clauses of one sentence. */
		semicolon: '; ',
		/** Between two sentences, or between a sentence and a link (Chinese needs nothing there). */
		gap: ' ',
		/** Around an aside: "Chinchilla (2022)". */
		open: ' (',
		close: ')'
	},
	/** The fits' names in menus and captions (label) and in table rows and legends (short). */
	laws: {
		hoffmann2022: { label: 'Hoffmann et al. 2022, Approach 3 (printed)', short: 'Approach 3, printed' },
		'hoffmann2022-unrounded': { label: 'Hoffmann et al. 2022, Approach 3 (unrounded)', short: 'Approach 3, unrounded' },
		besiroglu2024: { label: 'Besiroglu et al. 2024 (Epoch refit)', short: 'Epoch refit' },
		'hoffmann2022-approach1': { label: 'Hoffmann et al. 2022, Approach 1 (Table 3)', short: 'Approach 1' },
		'hoffmann2022-approach2': { label: 'Hoffmann et al. 2022, Approach 2 (Table A3)', short: 'Approach 2' },
		kaplan2020: { label: 'Kaplan et al. 2020', short: 'Kaplan 2020' },
		tokens20: { label: '20 tokens per parameter', short: '20 tokens/param' }
	},
	/** A reader's own fit, named with its constants ("E 1.82, A 482, …"). */
	yourFit: { label: (constants: string) => `Your fit (${constants})`, short: 'Your fit' },
	nav: {
		label: 'Site',
		contents: 'Contents',
		explore: 'Explore',
		references: 'References'
	},
	contents: {
		heading: 'Chapters',
		startHere: (title: string) => `Start here: ${title}`,
		corePath: (minutes: number, reading: number, count: number) =>
			`The core path is the first ${count} chapters: about ${hours(minutes)} with its figures and quick checks (${reading} minutes of reading alone); the others are optional, to read in any order.`,
		core: 'Core path',
		optional: 'Optional',
		/** A chapter's time with its figures and checks, then its reading alone. */
		minutes: (n: number, reading: number) =>
			n === reading ? `${n} min read` : `About ${n} min with its figures and checks (${reading} min of reading)`,
		chapter: (n: number) => `Chapter ${n}`,
		wholeEssay: 'The whole essay on one page, for printing or saving as a PDF'
	},
	chapter: {
		toc: 'On this page',
		tocSummary: (sections: number) => `On this page: ${sections} sections`,
		previous: 'Previous',
		next: 'Next',
		pager: 'Chapters',
		anchor: (text: string) => `Link to the section “${text}”`
	},
	notFound: {
		title: 'Page not found',
		body: 'There is no page at this address. The chapters are listed on the contents page.',
		back: 'Go to the contents'
	},
	figure: {
		number: (n: string) => `Figure ${n}.`,
		beyondRuns: (flop: string) =>
			`Hatched: models costing more than the largest training run (${flop} FLOP), where the fit is an extrapolation.`,
		tools: 'Figure tools',
		copyLink: 'Copy link',
		downloadSvg: 'SVG',
		downloadPng: 'PNG',
		copyCsv: 'Copy CSV',
		projector: 'Projector (P)',
		leaveProjector: 'Leave projector (Esc)',
		showData: 'Show the data',
		dataOf: (figure: string) => `Data of figure ${figure}`,
		linkCopied: 'Link to this state copied.',
		csvCopied: 'Data copied as CSV.',
		downloaded: (name: string) => `Downloaded ${name}.`,
		clipboardBlocked: 'This browser blocked the clipboard; select the text in the data table instead.',
		exportFailed: 'Could not export the figure in this browser.',
		stateUrl: 'This figure’s state:',
		embed: 'Embed',
		measuring: 'Measuring the figure for its frame…',
		embedCopied: 'Embed code copied: paste it into a course page (an <iframe> showing this figure in this state).',
		embedTitle: (number: string | undefined, caption: string) =>
			`${number ? `Figure ${number}: ` : ''}${caption} (Compute-optimal, explained)`,
		fit: (label: string) => `Fit: ${label}.`
	},
	quantity: {
		params: 'Parameters N',
		tokens: 'Training tokens D',
		compute: 'Compute C (FLOP)',
		loss: 'Loss L (nats/token)',
		tokensPerParam: 'Tokens per parameter'
	},
	budget: {
		caption:
			'The compute budget every figure on this page shares. Drag the slider (arrow keys move a tenth of a decade, Page Up/Down a decade) or type a value.',
		slider: 'Compute budget (log scale, FLOP)',
		sliderShort: 'Compute budget',
		bar: 'Budget and fit for every figure on this page',
		landmarks: {
			gpt3: 'GPT-3',
			gopher: 'Gopher',
			llama31: 'Llama 3.1 405B',
			paperRuns: 'paper’s runs'
		},
		landmarkLabel: (name: string, flop: string) => `Set the budget to ${name}’s: ${flop} FLOP`,
		typed: 'Type a compute budget',
		typedHint: 'e.g. 5.76e23, 5.76 × 10^23, 3 PF-days, 1 ZFLOP/s-day',
		set: 'Set',
		range: '10¹⁷ to 10²⁸ FLOP',
		unreadable: (text: string) => `Could not read “${text}”. Try 5.76e23, 5.76 × 10^23, 3 PF-days or 1 ZFLOP/s-day.`,
		notPositive: 'A compute budget must be greater than zero.',
		outOfRange: (range: string) => `Budgets from ${range} only.`,
		withUnit: (flop: string) => `${flop} FLOP`,
		hoursAt: (accelerator: string, mfu: string) => `${accelerator}-hours (${mfu} MFU)`,
		accelerator: 'Accelerator',
		mfu: 'Utilisation (MFU, %)',
		mfuInvalid: 'Utilisation must be a number from 1 to 100; keeping the last valid value.',
		fromHardware: 'Or from your hardware',
		count: 'Accelerators',
		days: 'Days',
		setFromHardware: 'Set budget',
		hardwareInvalid: 'Type a whole number of accelerators from 1 to 10,000,000 and days from 0.042 to 3,650.',
		hardwareOutOfRange: (flop: string, range: string) =>
			`That cluster buys ${flop} FLOP, outside the budgets we draw (${range}).`,
		peak: (label: string, peak: string) => `${label}: dense BF16 peak ${peak} FLOP/s`,
		valueText: (flop: string, pfDays: string) => `${flop} FLOP, ${pfDays} PF-days`,
		hours: (hours: string, accelerator: string, mfu: string) => `${hours} ${accelerator}-hours at ${mfu} MFU`,
		unit: 'Unit',
		value: 'Value',
		flop: 'FLOP',
		pfDays: 'PF-days',
		zflopsDays: 'zettaFLOP/s-days',
		gpuHours: (accelerator: string) => `${accelerator}-hours`
	},
	notes: { dismiss: 'Dismiss', label: 'About this link' },
	/** What a link or an input that gives a bad value is told; never repeats the bad value itself. */
	params: {
		computeBudget: (min: string, max: string, fallback: string) =>
			`Ignored the budget in the link: budgets run from ${min} to ${max} FLOP. Showing ${fallback} FLOP.`,
		lawId: (fallback: string) => `Ignored the fit in the link: it is not one of the loss fits. Showing ${fallback}.`,
		model: 'Ignored “your model” from the link: it needs both N and D inside the chart.',
		acceleratorId: 'Ignored the accelerator in the link: it is not one we list.',
		mfu: 'Ignored the utilisation in the link: use a fraction from 0.01 to 1.',
		acceleratorCount: 'Ignored the number of accelerators in the link: use 1 to 10,000,000.',
		trainingDays: 'Ignored the training days in the link: use an hour (0.042) to 3,650 days.',
		uniqueTokens: (min: string, max: string) =>
			`Ignored the unique tokens in the link: use ${min} to ${max} tokens, or “unlimited”.`,
		maxEpochs: (max: string, fallback: string) =>
			`Ignored the most epochs in the link: use 1 to ${max}, or “unlimited”. Showing ${fallback}.`,
		inferenceTokens: (max: string) => `Ignored the tokens to serve in the link: use 0 to ${max} tokens.`
	},
	theme: {
		label: 'Colour theme',
		auto: 'Auto',
		light: 'Light',
		dark: 'Dark'
	},
	explore: {
		title: 'Explore: every widget, one budget',
		intro:
			'All the essay’s figures on one page, sharing one compute budget and one loss fit. Move any control and every figure follows; the address bar keeps the state, so a link reopens this exact view.'
	},
	lawPicker: 'Loss fit',
	isoLoss: {
		caption:
			'Contours of the loss L(N, D), with the iso-FLOP line of the budget (every model it can train) and the compute-optimal frontier. The optimum is where the iso-FLOP line just touches a contour: the highlighted one. Beside it, the loss of every model on that line: the valley, whose lowest point is the same optimum.',
		hint: 'Drag “your model”, or focus it and use the arrow keys; with “stay on my budget” it slides along the iso-FLOP line.',
		chart: 'Iso-loss contours over parameters and tokens',
		valleyChart: 'Loss of every model on the budget’s iso-FLOP line',
		contour: (loss: string) => loss,
		isoFlop: 'iso-FLOP line of the budget',
		tenfoldLine: '×10 compute',
		frontier: 'compute-optimal frontier',
		ratioLine: (ratio: string) => `D/N = ${ratio}`,
		optimum: 'optimum',
		optimumContour: 'contour through the optimum',
		modelContour: 'contour through your model',
		yourModel: 'your model',
		stay: 'Stay on my budget',
		pointLabel: (n: string, d: string, l: string) =>
			`Your model: ${n} parameters, ${d} tokens, loss ${l}. Arrow keys move it a tenth of a decade; Shift moves a decade.`,
		pointLabelStay: (n: string, d: string, l: string) =>
			`Your model: ${n} parameters, ${d} tokens, loss ${l}, on the budget’s iso-FLOP line. Left and right arrows move it along the line, a tenth of a decade; Shift moves a decade.`,
		readoutTitle: 'Your model',
		optimumTitle: 'Optimum',
		params: 'Parameters',
		tokens: 'Tokens',
		loss: 'Loss',
		compute: 'Compute',
		budget: 'Budget',
		overhead: (percent: string, flop: string) =>
			`The cheapest model that reaches the same loss needs ${flop} FLOP: yours spends ${percent} more.`,
		onFrontier: 'It is on the compute-optimal frontier: no model reaches its loss for less.',
		placeHint: 'Not moved yet: it starts at Gopher’s size (280 B parameters).',
		reset: 'Back to Gopher',
		move: 'Move',
		typedInvalid: (nMin: string, nMax: string, dMin: string, dMax: string) =>
			`Use N from ${nMin} to ${nMax} and D from ${dMin} to ${dMax} (e.g. 70 B, 1.4 T).`,
		tenfold: (n: string, d: string, a: string, b: string) =>
			`Ten times the compute moves the optimum along the frontier: ×${n} the parameters and ×${d} the tokens (a = ${a}, b = ${b}). Both grow together; with a ≈ b ≈ 0.5 each grows by √10 ≈ 3.2.`,
		tableLevel: 'Contour L',
		tableMinN: 'Smallest N that can reach it',
		tableCompute: 'Cheapest compute to reach it (FLOP)',
		tableOptN: 'Compute-optimal N there',
		tableOptD: 'Compute-optimal D there',
		/** The compact law editor (prop `exponents`): α and β as sliders, with the split they imply. */
		exponents: 'The exponents',
		split: (a: string, b: string) =>
			`Compute splits as a = β/(α+β) = ${a} to the model and b = α/(α+β) = ${b} to the data.`,
		exponentsBack: (fit: string) => `Back to ${fit}`
	},
	optimum: {
		caption:
			'For a fixed compute budget, the best model sits where the budget’s iso-FLOP line (every split of that budget between parameters and tokens) just touches a contour of the loss. Move the budget and watch the optimum slide along the frontier: parameters and tokens grow together.',
		hint: 'Drag the budget slider or the chart (the budget’s line follows the pointer), or press a landmark.',
		chart: 'The loss over parameters and tokens, with the budget’s iso-FLOP line and its optimum',
		best: 'The best model for this budget',
		ratio: 'Tokens per parameter',
		budget: 'Budget (FLOP)'
	},
	isoFlop: {
		caption:
			'IsoFLOP profiles, Approach 2 made live: each curve is the loss of every model size trained on one budget (the rest of the budget goes to tokens). Each curve has a lowest point; the line through those minima is the compute-optimal frontier. Your budget’s curve is the thick one.',
		chart: 'Loss against model size for several fixed compute budgets',
		hint: 'Move the budget, switch to the paper’s nine budgets, show tokens instead of parameters, or fit the parabolas.',
		xAxis: 'Across',
		fan: 'Budgets around yours',
		paper: 'The paper’s nine budgets',
		budgets: 'Budgets',
		parabola: 'Fit a parabola in log N to each curve, as Approach 2 did',
		minima: 'line through the minima',
		yours: 'your budget',
		vertex: 'parabola vertex',
		budget: 'Budget C (FLOP)',
		optN: 'Optimal N',
		optD: 'Optimal D',
		optL: 'Minimum loss',
		vertexN: 'Parabola vertex N',
		vertexError: 'Vertex vs true optimum'
	},
	calculator: {
		caption:
			'Every fit side by side. For your budget, each row is one law’s compute-optimal split; the loss column scores every split with the fit chosen above, so that fit’s own row has the lowest loss. Below: start from a token count instead.',
		law: 'Law',
		params: 'Parameters N',
		tokens: 'Tokens D',
		ratio: 'D/N',
		loss: (fit: string) => `Loss (${fit})`,
		best: '\u00a0(lowest)',
		tokensHeading: 'Start from the data you have',
		splitTable: 'Compute-optimal split of your budget, by law',
		tokensTable: 'Compute-optimal model and budget for your token count, by law',
		tokensInput: 'Training tokens you have',
		tokensHint: 'e.g. 100 B, 1.4 T, 1e11',
		tokensInvalid: 'Type a token count from 1 M to 10,000 T, e.g. 100 B.',
		budgetNeeded: 'Budget it implies (FLOP)',
		hours: (accelerator: string) => `${accelerator}-hours`,
		kaplanNote:
			'Kaplan’s rule is written in C_min, the compute at a batch size far below the critical one; training at the critical batch size costs about twice that, so his row uses C_min = C/2 (as Hoffmann et al., App. D.4, do). It keeps his N and spends the rest of the budget on tokens (his own D formula lands at about 0.9·C).'
	},
	modelsMap: {
		caption:
			'Published models on the parameters–tokens plane, from GPT-3 to today’s open models. The dashed line is the compute-optimal frontier of the chosen fit; the dotted line trains 20 tokens per parameter; faint lines are each model’s iso-FLOP line (every model its compute could have trained). A mixture of experts (diamond) sits at the parameters active for each token, which is what its compute counts, with a dotted bar out to its total. Focus or hover a model for its numbers; filter by kind and year.',
		chart: 'Published language models by parameters and training tokens',
		frontier: 'compute-optimal frontier',
		tokens20: '20 tokens per parameter',
		pick: 'Show a model',
		pointLabel: (name: string, params: string, tokens: string, year: number) =>
			`${name}: ${params} parameters, ${tokens} tokens, ${year}`,
		moeName: (name: string) => `${name} (mixture of experts)`,
		activeOfTotal: (active: string, total: string) => `${active} active of ${total}`,
		activeParams: 'Active parameters',
		totalParams: 'Total parameters',
		moeNote:
			'A mixture of experts is placed by its active parameters, which set its compute; the fits were made on dense models, so its distance from their frontier is a rough guide.',
		filter: 'Show',
		dense: 'Dense',
		moe: 'Mixture of experts',
		from: 'released from',
		denseKey: 'dense model',
		moeKey: 'mixture of experts: active … total parameters',
		noMatch: 'No model matches the filter: tick a kind of model or choose an earlier year.',
		year: 'Year',
		params: 'Parameters',
		tokens: 'Tokens',
		optimal: (params: string) => `Compute-optimal for that compute: ${params} parameters.`,
		size: (ratio: string, direction: string) => `It is ${ratio}× ${direction} than compute-optimal for its compute`,
		nearOptimal: (loss: string) =>
			`It is within 10% of the compute-optimal size for its compute; its loss is ${loss} above the optimum’s.`,
		/** A loss difference below the formatter's last digit: "less than 0.001", never "0.000". */
		lessThan: (loss: string) => `less than ${loss}`,
		larger: 'larger',
		smaller: 'smaller',
		extraLoss: (loss: string) => `its loss is ${loss} above the optimum for the same compute`,
		model: 'Model',
		compute: 'Compute (FLOP)',
		ratio: 'Tokens per parameter',
		optN: 'Compute-optimal N',
		sizeRatio: 'N / N_opt',
		source: 'Source'
	},
	modelsTable: {
		label: 'Published models: parameters, training tokens and sources',
		caption:
			'Published models with the year of their release, their parameters and training tokens as their reports state them (Qwen2.5’s parameters as its model cards do).',
		model: 'Model',
		params: 'Parameters',
		tokens: 'Tokens',
		ratio: 'Tokens per parameter',
		compute: '6·N·D (FLOP)',
		source: 'Source',
		moeMark: 'MoE',
		ofTotal: (total: string) => `active, ${total} in all`,
		moeNote:
			'MoE: a mixture of experts. Each token passes through only some of its parameters; the table counts those active ones, which set the training compute, and gives the total beside them.',
		distilledMark: 'dist.',
		distilledNote:
			'dist.: pre-trained by distillation from a larger model, not on its tokens alone as the runs behind the fits were.'
	},
	runs: {
		caption:
			'The paper’s Figure 4, made live: every dot is one of the training runs the fits rest on (final loss against the compute it used), coloured by model size. The curve is the lowest loss the chosen fit predicts for each budget, its compute-optimal envelope; right of the hatched line there are no runs, only the fit’s prediction.',
		hint: 'Hover a run, or focus the chart and step through the runs with the arrow keys. Change the fit to see which envelope the runs support.',
		chart: 'Final loss against training compute for 245 Chinchilla training runs',
		points: (count: number) =>
			`${count} training runs. Use the left and right arrow keys to step through them in order of compute.`,
		envelope: 'compute-optimal envelope of the fit',
		extrapolation: 'no runs here: extrapolation',
		gopher: 'Gopher’s budget',
		sizes: 'Model size',
		sizeBin: (from: string, to: string) => (from ? (to ? `${from}–${to}` : `≥ ${from}`) : `< ${to}`),
		run: (index: number) => `Run ${index}`,
		valuetext: (index: number, params: string, tokens: string, compute: string, loss: string) =>
			`Run ${index}: ${params} parameters, ${tokens} tokens, ${compute} FLOP, loss ${loss}`,
		predicted: 'The fit predicts',
		residual: (percent: string) => ` (${percent} off)`,
		pickRun: 'Hover or focus a run to see its numbers.',
		download: 'Download the runs (CSV)',
		attribution: 'Data: Besiroglu et al. 2024 (Epoch AI), read off Figure 4 of Hoffmann et al. 2022; CC BY.',
		params: 'Parameters N',
		tokens: 'Tokens D = C/(6N)',
		compute: 'Compute C (FLOP)',
		loss: 'Final loss'
	},
	ownRuns: {
		empty: 'There are no rows to read: paste lines like “400e6, 8e9, 2.95” (parameters, tokens, loss).',
		header: (found: string) =>
			`The header (“${found}”) must name a parameters column (N or params), a loss column (loss or L) and tokens (D) or compute (C).`,
		tooMany: (max: number) => `Only the first ${max.toLocaleString('en-US')} rows are read.`,
		fields: (expected: number, found: number) => `expected ${expected} values, found ${found}`,
		/** A row with more values than columns; `commas` when the separator is a comma, which a number may hold. */
		extra: (expected: number, found: number, extra: string, commas: boolean) =>
			`expected ${expected} values, found ${found}; extra: “${extra}”${commas ? '. Put a number written with commas in double quotes ("1,500,000") or write it without them' : ''}`,
		notANumber: (text: string, column: string) => `“${text}” in the ${column} column is not a number`,
		ambiguous: (text: string, column: string, thousands: string, decimal: string) =>
			`in the ${column} column, the comma in “${text}” could group thousands (${thousands}) or mark a decimal (${decimal}); write ${thousands} or ${decimal}`,
		notPositive: (column: string) => `the ${column} must be greater than zero`,
		line: (line: number, message: string) => `Line ${line}: ${message}.`
	},
	fit: {
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
	},
	approach2: {
		caption:
			'Approach 2 on the real runs: the runs that sit on one of the paper’s nine IsoFLOP budgets (within a tenth of a decade; the points were read off a plot), a parabola in log N through each budget’s losses, its lowest point, and the power law through those minima. Drop a budget or a run and watch the exponent move.',
		hint: 'Untick budgets; focus the chart, step to a run with the arrow keys (or hover it) and drop it.',
		chart: 'Final loss against model size for the runs on each of the nine IsoFLOP budgets',
		points: (count: number) => `${count} runs on the nine budgets. Use the arrow keys to step through them.`,
		minimaChart: 'Compute-optimal model size against compute: the parabolas’ minima and the line through them',
		budgets: 'Budgets in the fit',
		drop: 'Drop this run',
		restore: 'Put every run back',
		dropped: (count: number) => `${count} run${count === 1 ? '' : 's'} dropped.`,
		result: (a: string, low: string, high: string, b: string, points: number, paper: string) =>
			`a = ${a} (95% interval ${low}–${high}), b = ${b}, from ${points} minima. The paper’s Approach 2: a = ${paper}.`,
		noResult: 'Fewer than two budgets have a minimum: no line to fit.',
		problems: { 'too-few': 'too few runs', 'no-minimum': 'no minimum', outside: 'minimum outside its runs' },
		run: (budget: string, params: string, loss: string) => `${budget} budget: ${params} parameters, loss ${loss}`,
		pick: 'Hover or focus a run to drop it.',
		minimum: 'minimum',
		line: 'power law through the minima',
		budget: 'Budget C (FLOP)',
		runs: 'Runs',
		optN: 'Parabola minimum N',
		status: 'Note'
	},
	/** The resolve figure: Porian et al.'s runs, Kaplan's setup corrected step by step. */
	resolve: {
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
		result: (ours: string, authors: string) =>
			`N_opt ∝ Cᵃ with a = ${ours} fitted here; ${authors} in the authors’ fit.`,
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
	},
	lawEditor: {
		caption:
			'Your own fit of L = E + A/Nᵅ + B/Dᵝ. Move a constant and every figure that follows your scenario uses the edited law, and the link carries it. Start from any published fit.',
		hint: 'Drag a slider or type a value (Enter to apply).',
		startFrom: 'Start from',
		constants: 'The five constants',
		names: {
			E: 'E (irreducible loss)',
			A: 'A (model term)',
			B: 'B (data term)',
			alpha: 'α (model exponent)',
			beta: 'β (data exponent)'
		},
		typed: (name: string) => `${name}, typed`,
		outOfRange: (low: string, high: string) => `Type a number from ${low} to ${high}.`,
		unreadable: 'Type a number, such as 0.34 or 406.4; keeping the value in use.',
		implied: (a: string, b: string) => `N_opt ∝ Cᵃ with a = ${a}; D_opt ∝ Cᵇ with b = ${b}.`,
		atBudget: 'At your budget',
		params: 'Parameters',
		tokens: 'Tokens',
		ratio: 'Tokens per parameter',
		loss: 'Loss',
		constant: 'Constant',
		value: 'Value'
	},
	lifetime: {
		caption:
			'Training and serving, together (Sardana et al. 2024). For the loss a Chinchilla-optimal model reaches on your budget, every model on the iso-loss curve costs 6·N·D to train and about 2·N FLOP per token it will serve. The curve is that lifetime cost against model size; the filled dot is its minimum, the hollow one the Chinchilla optimum. The more a model will be used, the smaller and longer-trained the cheapest one.',
		hint: 'Move the tokens the model will serve, or your budget.',
		demand: 'Tokens the model will serve',
		none: 'none',
		chart: 'Lifetime compute (training plus inference) against model size, along the curve of equal loss',
		lifetimeAxis: 'Lifetime compute (FLOP)',
		total: 'training + inference',
		train: 'training only',
		best: 'cheapest over its lifetime',
		chinchilla: 'Chinchilla-optimal',
		target: 'Target loss',
		cheapest: 'Cheapest model over its lifetime:',
		versus: (params: string, ratio: string) =>
			`The Chinchilla-optimal model of the same loss has ${params} parameters and trains ${ratio} tokens per parameter.`,
		saving: (percent: string) => `Lifetime compute saved against it: ${percent}.`,
		beyond: (max: string) =>
			`Beyond ${max} tokens per parameter, more than Sardana et al. trained, the fitted laws are extrapolated: they found Chinchilla-style fits overestimate what extra tokens buy there.`,
		pastRuns: (ratio: string, runs: string, sardana: string) =>
			`At ${ratio} tokens per parameter this model trains far past every run behind the fits (at most about ${runs}): the fit is extrapolated here. Sardana et al., who trained up to ${sardana}, found Chinchilla-style fits overestimate what extra tokens buy at such ratios, so the real saving is likely smaller.`,
		pastRunsLabel: 'past the fits’ runs',
		/** A saving under 0.1%. */
		nearZero: '≈ 0%',
		/** A share of the Chinchilla optimum's size, already formatted: "0.5×". */
		times: (x: string) => `${x}×`,
		guessQuestion: (demand: string, budget: string) =>
			`Guess first: a model must reach the loss your budget of ${budget} FLOP buys at the Chinchilla optimum, and will then serve ${demand} tokens. How large is the model cheapest over its lifetime, as a fraction of the Chinchilla optimum?`,
		guessLabel: 'Your guess',
		guessVerdict: (guess: string, demand: string, answer: string, saving: string, fit: string) =>
			`You guessed ${guess}. Serving ${demand} tokens, the cheapest model is ${answer} the Chinchilla optimum under the chosen fit (${fit}), and saves ${saving} of the lifetime compute.`,
		demandHeader: 'Tokens served',
		params: 'Cheapest N',
		tokens: 'Training tokens',
		ratio: 'Tokens per parameter',
		savingHeader: 'Saving'
	},
	overtraining: {
		caption:
			'The price of a model off the compute-optimal size (de Vries 2023): train a model k_N times that size to the same loss and it needs k_D times the tokens; the curve is the extra compute, k_N·k_D − 1, against size on a log scale. It depends only on α and β. The marked point is de Vries’s critical model size, where the extra compute reaches 100%. Left of the hatched line no amount of data reaches the loss. Right of 1× sit models larger than compute-optimal, such as Gopher. The hollow dot is your model from the iso-loss map (Gopher until you move it).',
		hint: 'Move the size, or change the fit; place your model on the iso-loss map.',
		size: 'Model size, as a multiple of compute-optimal',
		chart: 'Compute overhead against model size as a multiple of the compute-optimal size',
		xAxis: 'Size k_N (multiple of compute-optimal)',
		yAxis: 'Extra compute',
		/** A multiple of the compute-optimal size, already formatted: "0.5×". */
		times: (x: string) => `${x}×`,
		floor: 'no data is enough',
		critical: 'de Vries’s critical size',
		/** An overhead below 0.1%, on the chart and in the table (sentences say "essentially none"). */
		nearZero: '≈ 0%',
		you: 'your model',
		reading: (k: string, kd: string, overhead: string) =>
			`A model ${k} the optimal size needs ${kd} the optimal tokens; its extra compute for the same loss: ${overhead}.`,
		readingLarger: (k: string, kd: string, overhead: string) =>
			`A model ${k} the optimal size, larger than compute-optimal, reaches the same loss on ${kd} the optimal tokens; its extra compute: ${overhead}.`,
		impossible: (k: string, smallest: string) =>
			`A model ${k} the optimal size cannot reach the optimum’s loss with any amount of data (none smaller than ${smallest} can).`,
		criticalNote: (k: string) =>
			`The extra compute reaches 100% at ${k} the optimal size: de Vries’s critical model size.`,
		yours: (k: string, overhead: string) =>
			`Your model is ${k} the compute-optimal size for its loss; its extra compute against that model: ${overhead}.`,
		offChart: 'It is off this chart’s range.',
		guessQuestion:
			'Guess first: how small can a model be, as a fraction of the compute-optimal size, before reaching the same loss costs twice the compute (100% more)?',
		guessLabel: 'Your guess',
		guessVerdict: (guess: string, answer: string, fit: string) =>
			`You guessed ${guess}. Under the chosen fit (${fit}) the extra compute reaches 100% at ${answer} the optimal size, de Vries’s critical model size; the size below starts at your guess.`,
		sizeHeader: 'k_N',
		tokenHeader: 'k_D',
		overheadHeader: 'Overhead'
	},
	repeated: {
		caption:
			'When unique data runs out (Muennighoff et al. 2023): U unique tokens seen for several epochs are worth D′ = U + U·R*·(1 − e^(−R/R*)) fresh tokens, R = epochs − 1, R* ≈ 15.4. The dashed line is what the same number of fresh tokens would be; the curve bends away after a few epochs and flattens at U·(1 + R*). The dot is what your budget’s compute-optimal model would need (hollow, at the right edge, past 100 epochs). R* was fitted with Muennighoff et al.’s own loss constants: the loss below puts D′ into the chosen fit, an approximation.',
		hint: 'Move the unique tokens you have, or your budget.',
		unique: 'Unique tokens you have',
		chart: 'Effective training tokens against epochs over the same unique data, beside fresh data',
		xAxis: 'Epochs',
		yAxis: 'Tokens (fresh-equivalent)',
		repeated: 'repeated data',
		fresh: 'fresh data',
		limit: 'limit U·(1 + R*)',
		need: 'your budget',
		needOff: (epochs: string) => `your budget: ${epochs} epochs →`,
		enough: (tokens: string) =>
			`Your budget’s compute-optimal model wants ${tokens} tokens: you have enough unique data, no repetition needed.`,
		short: (tokens: string, epochs: string, effective: string, worth: string) =>
			`Your budget’s compute-optimal model wants ${tokens} tokens: ${epochs} epochs over your data, worth ${effective} fresh tokens (${worth}).`,
		cost: (loss: string, increase: string) => `Its loss: ${loss}, ${increase} above the same model on fresh data.`,
		next: (percent: string) => `One more epoch would be worth ${percent} of a fresh one.`,
		offScale: (max: string) => `That is past the chart’s ${max} epochs: its dot sits at the right edge.`,
		guessQuestion:
			'Guess first: you have a quarter of the unique tokens your budget’s compute-optimal model wants, and repeat them four times. What are those four epochs worth, as a share of as many fresh tokens?',
		guessLabel: 'Your guess',
		guessVerdict: (guess: string, answer: string) =>
			`You guessed ${guess}. By Muennighoff et al.’s formula four epochs are worth ${answer} of fresh data, whatever the amount; the figure below starts with a quarter of your budget’s tokens.`,
		epochsHeader: 'Epochs',
		effectiveHeader: 'Worth (fresh tokens)',
		worthHeader: 'Per token seen'
	},
	/** The planner (issue 26): a budget, data and serving demand in, one plan with its alternatives out. */
	plan: {
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
		lifetime: (total: string, share: string) =>
			`Over its life the model costs ${total} FLOP, ${share} of it in serving.`,
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
	},
	/** A guess committed before a figure shows its answer ($lib/controls/CommitGuess.svelte). */
	commitGuess: {
		commit: 'Commit my guess',
		yours: (guess: string) => `Your guess: ${guess}.`,
		noJs: 'Show the figure (it takes a guess only with JavaScript on)'
	},
	/** Words of the live numbers in the prose. */
	live: {
		/** An overhead under 0.1%: printing "0.0022%" would claim a precision no fit has. */
		negligible: 'essentially none'
	},
	footer: 'An explorable essay on Hoffmann et al. (2022). Every number on this site comes from one scaling-law core.',
	guess: {
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
	},
	solutions: {
		title: 'Answers and worked solutions',
		summary:
			'Every quick check and problem of the essay, chapter by chapter, with its answer open: for instructors, to read or to print. Live numbers follow the budget and fit of the reader’s own scenario, like the chapters’.',
		quizzes: 'Quick checks',
		problems: 'Problems',
		link: 'Answers and worked solutions, for instructors'
	},
	drawFrontier: {
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
	},
	cite: {
		summary: 'Cite this, reuse it',
		licence: 'Text and figures are free to reuse and adapt with credit, under ',
		code: '; the code under ',
		licenceEnd: '.',
		/** How the essay is cited: its authors, title and subtitle, and the two forms of the reference. */
		authors: 'The “Compute-optimal, explained” contributors',
		title: 'Compute-optimal, explained',
		subtitle: 'An explorable essay on Hoffmann et al. (2022), “Training Compute-Optimal Large Language Models”',
		plain: (p: CitedEssay) =>
			`${p.authors} (${p.year}). ${p.chapter ? `“${p.chapter}”. In: ` : ''}${p.title}: ${p.subtitle}. Edition of ${p.edition}.${p.url ? ` ${p.url}` : ''}`,
		bibTitle: (p: CitedEssay) => `${p.chapter ? `${p.chapter}. In: ` : ''}${p.title}: ${p.subtitle}`,
		bibNote: (edition: string) => `Edition of ${edition}`
	},
	/** The data credits shown wherever the runs they describe are drawn or offered for download. */
	credits: {
		chinchillaRuns:
			'Data: Besiroglu, Erdil, Barnett & You, “Chinchilla Scaling: A replication attempt”, arXiv:2404.10102 (2024), github.com/epoch-research/analyzing-chinchilla — final losses read off Figure 4 of Hoffmann et al. (2022). CC BY.',
		porianRuns:
			'Data: Porian, Wortsman, Jitsev, Schmidt & Carmon, “Resolving Discrepancies in Compute-Optimal Scaling of Language Models”, arXiv:2406.19146 (NeurIPS 2024), github.com/formll/resolving-scaling-law-discrepancies — their IsoFLOP runs, converted to CSV with values unchanged. MIT licence.'
	},
	/** A code listing's caption: where in the core its lines are. */
	listing: {
		lines: (first: number, last: number) => `, lines ${first}–${last}`
	},
	/** The button the page's script adds to code a reader is meant to copy (a snippet, a BibTeX entry). */
	copyCode: {
		button: 'Copy',
		done: 'Copied.',
		blocked: 'This browser blocked the clipboard: the code is selected, copy it with your keyboard.'
	},
	updates: {
		heading: 'Updates and corrections',
		intro: 'Every correction of the essay is recorded here with its date, newest first.',
		/** A date as the list shows it: ISO in English ("2026-12-07"). */
		date: (iso: string) => iso
	},
	exercises: {
		chapter: 'Chapter',
		quizzes: 'Quick checks',
		problems: 'Problems'
	},
	instructors: {
		link: 'For instructors'
	},
	embedIndex: {
		figure: 'Figure',
		chapter: 'Chapter',
		page: 'Embed page',
		number: (n: string) => `Figure ${n}`
	},
	embed: {
		title: (number: string | undefined, chapter: string) =>
			`${number ? `Figure ${number}` : 'A figure'} from “${chapter}”`,
		from: (chapter: number, title: string) => `From chapter ${chapter}, “${title}”, of Compute-optimal, explained`,
		open: 'Open in the essay'
	},
	essay: {
		title: 'The whole essay',
		intro:
			'Every chapter on one page, in order: for printing a handout or saving a PDF. Figures show their default state; each says where its live version is.',
		liveVersion: 'Live version:',
		/** Beside a link in the offline copy that leads to a part of the site it does not hold. */
		onlineOnly: '(online only)',
		contents: 'Chapters',
		chapter: (n: number) => `Chapter ${n}`
	},
	quiz: {
		title: 'Check yourself',
		yourAnswer: 'Your answer',
		check: 'Check',
		showAnswer: 'Show the answer',
		showSolution: 'Show the worked solution',
		answeredBefore: 'You answered this one before.',
		/** What each unit accepts, said when the reader's text is not a number in it. */
		examples: {
			params: 'a number of parameters, such as “7 B” or “7e9”',
			tokens: 'a number of tokens, such as “2 T” or “2e12”',
			compute: 'a number of FLOP, such as “1e22” or “1 × 10^22”',
			ratio: 'a number, such as “3.2”',
			loss: 'a loss in nats per token, such as “2.5”',
			percent: 'a percentage, such as “25%”',
			plain: 'a number, such as “0.1”'
		},
		empty: 'Type an answer first.',
		unreadable: (example: string) => `That is not something this question can read: type ${example}.`,
		right: (value: string) => `Right: ${value} is within the answer’s tolerance. Open the answer for the working.`,
		wrong: (high: boolean) =>
			`Not quite: that is too ${high ? 'high' : 'low'}. Try again, or open the answer when you are ready.`,
		/** A known mistake's reply, wrapped: `reply` says what the mistake was (ui.quiz.replies). */
		misconception: (reply: string) => `Not quite. ${reply} Try again, or open the answer when you are ready.`,
		/** The reply to a number that is right about something else (a published count, not the rule asked for). */
		fair: (reply: string) =>
			`Not wrong, but not what this check asks. ${reply} Try again, or open the answer when you are ready.`,
		chooseFirst: 'Choose an answer first.',
		choiceRight: 'Right. Open the answer for why.',
		choiceWrong: 'Not that one. Try again, or open the answer when you are ready.',
		choiceWrongBecause: (reply: string) => `Not that one. ${reply} Try again, or open the answer when you are ready.`,
		/**
		 * The choices of each multiple-choice check, in order, each wrong one with the reply that explains it: words and
		 * replies side by side, so they cannot drift apart ($lib/quizzes/registry.ts says which is right).
		 */
		choices: {
			'n-with-d': [
				{
					text: 'N grows as the square root of D',
					reply:
						'That is the slip of the blog post this essay corrects. The square roots in the question tie each quantity to compute, not N to D: write both as powers of C and compare them.'
				},
				{ text: 'N grows in proportion to D' },
				{
					text: 'N grows as the square of D',
					reply: 'That would need N’s exponent to be twice D’s, as in N ∝ C with D ∝ √C. Here both grow as √C.'
				}
			],
			'which-approach': [
				{
					text: 'Approach 1, the lowest loss at each budget',
					reply:
						'Approach 1 assumes almost nothing: at each budget it takes the lowest loss any run reached, and fits power laws through those minima. It says nothing about the loss anywhere else.'
				},
				{
					text: 'Approach 2, IsoFLOP profiles',
					reply:
						'Approach 2 assumes a shape only near each budget’s minimum: a parabola in ln N along each IsoFLOP line. Away from the minima it assumes nothing.'
				},
				{ text: 'Approach 3, the parametric loss' }
			],
			'alpha-much-smaller': [
				{ text: 'Almost all of it goes into a larger model' },
				{
					text: 'Almost all of it goes into more data',
					reply:
						'A small α means the parameters’ term shrinks slowly: growing the model buys little loss per step, so it takes many steps. Ask which knob then has to be turned further, and look at where β sits in a = β/(α+β).'
				},
				{
					text: 'Still about half each',
					reply:
						'Half each comes from α ≈ β: a = β/(α+β) is one half only when the two exponents are equal. With α much smaller than β the fraction is far from one half.'
				}
			],
			'larger-beta': [
				{ text: 'a grows: the optimal model grows faster with the budget' },
				{
					text: 'a shrinks: the optimal model grows more slowly',
					reply: 'Look where β sits in a = β/(α+β): in the numerator, and only once in the denominator.'
				},
				{
					text: 'a stays the same',
					reply: 'a = β/(α+β) depends on β: it stays put only if α grows in proportion.'
				}
			],
			'direct-test': [
				{
					text: 'Kaplan’s 4.74 B',
					reply:
						'That is what Kaplan et al.’s rule predicted, and what the experiment was run to test. At a fixed budget every extra parameter is paid for in tokens: ask which of the two went short.'
				},
				{ text: 'Approach 1’s 2.80 B' },
				{
					text: 'They tied',
					reply:
						'They did not tie: trained on the same budget, one of the two reached a lower loss (App. D.4, Figure A4).'
				}
			]
		},
		/**
		 * What each number check says to its known mistakes, by the keys of their values in $lib/quizzes/registry.ts.
		 * A reply explains the slip without giving the answer away.
		 */
		replies: {
			'gopher-compute': {
				published:
					'The paper gives Gopher’s budget as 5.76 × 10²³ FLOP, the figure Rae et al. reported, and Hoffmann et al.’s own fuller count comes to 6.3 × 10²³ (App. F). This check asks what the shortcut 6·N·D gives, which leaves out attention and other small terms: multiply it out.',
				'no-six':
					'That is N·D, parameters times tokens. Training costs about six FLOP per parameter per token: two in the forward pass and four in the backward pass.',
				'forward-only':
					'That counts only the forward pass, two FLOP per parameter per token. The backward pass costs four more.',
				'powers-of-ten':
					'A power of ten went missing: a billion is 10⁹, so write 280 B as 280 × 10⁹ and 300 B as 300 × 10⁹ before you multiply.'
			},
			'tenfold-approach1': {
				proportional:
					'Ten times the model would put all of the new compute into parameters, an exponent of 1, and leave the tokens where they were. With a = 0.50 the factor of ten is shared between parameters and tokens.',
				'times-exponent':
					'That multiplies the factor of ten by the exponent. A power law raises it to the exponent: the model grows by 10 to the power a.',
				kaplan: 'That is Kaplan et al.’s exponent, 0.73, at work. Approach 1 found a = 0.50.',
				exponent: 'That is the exponent a itself. The question asks by what factor the model grows: 10 to the power a.'
			},
			'exponent-a': {
				unrounded:
					'Table 2 prints 0.46 for Approach 3, and the constants before rounding give nearly that. This check asks what the printed, rounded α = 0.34 and β = 0.28 give, and rounding the constants is enough to move the exponent.',
				b: 'That is b = α/(α+β), the exponent of the tokens. The model’s exponent a has β on top.',
				kaplan:
					'0.73 is Kaplan et al.’s exponent, from another study and another fit. Work a out from this fit’s α and β.',
				half: '0.5 is the rounded headline; Approach 1 found 0.50. This fit’s own constants give a slightly different value: work out β/(α+β).',
				'beta-over-alpha': 'That is β/α. The denominator of a is the sum of both exponents, α + β.'
			},
			'source-model': {
				source:
					'One billion is the blog post’s own answer. It comes from the post’s budget rule C = N·D with its 10²¹ FLOP and 10¹² tokens, so N = C/D. No budget is needed here: at 20 tokens per parameter the tokens alone fix the model.',
				'tenfold-tokens':
					'That starts from 10¹² tokens, the post’s misreading of “1000亿”. 亿 is 10⁸, so 100 billion tokens are 10¹¹.',
				'times-20':
					'That multiplies by 20. Twenty tokens per parameter means D = 20 N: the model has twenty times fewer parameters than the data has tokens.',
				tokens: 'That is the number of tokens, not of parameters. Each parameter gets twenty tokens.',
				'square-root': 'That takes the post’s N ∝ √D as N = √D. The paper’s rule is a ratio: D = 20 N.'
			},
			'half-size-overhead': {
				'token-factor':
					'That is about the token factor k_D (or k_D − 1): how many times the optimal tokens the half-size model reads. Its compute is k_N·k_D times the optimum’s, and k_N is 0.5.',
				total:
					'That looks like k_N·k_D, the half-size model’s compute as a multiple of the optimum’s. The overhead is only the part beyond the optimum: k_N·k_D − 1.',
				epoch:
					'That is the overhead under Epoch’s refit, the fit the essay’s figures start on. The question asks for the printed Approach-3 fit, α = 0.34 and β = 0.28.',
				'percent-sign':
					'Check the % sign: with it, that is a fraction of one per cent. Type a fraction without the sign (0.25) or a percentage with it (25%).'
			},
			'llama-ratio': {
				chinchilla:
					'20 is Chinchilla’s ratio, the compute-optimal one. The question asks what Llama 3.1 8B was actually trained with: divide its tokens by its parameters.',
				units: 'Mind the units: 15 T is 15 trillion and 8 B is 8 billion, and a trillion is a thousand billion.',
				inverse: 'That is parameters per token, the ratio upside down. Divide the tokens by the parameters.'
			},
			'four-epochs': {
				'all-fresh':
					'That counts every pass as fresh data. By Muennighoff et al.’s equation a repeated token is worth a little less than a new one.',
				'r-is-epochs': 'That takes R = 4. Four epochs are one first pass and three repetitions, so R = 3.',
				'repeats-only':
					'That is what the repetitions alone are worth. Add the first pass, the 100 B unique tokens themselves.',
				worthless:
					'That counts the repetitions as worth nothing. Up to about four epochs a repeated token is worth almost as much as a fresh one.'
			},
			'tenfold-epoch': {
				proportional:
					'Ten times the model would put all of the new compute into parameters, an exponent of 1. Epoch’s refit shares the factor of ten between parameters and tokens.',
				'times-exponent':
					'That multiplies the factor of ten by the exponent. A power law raises it to the exponent: the model grows by 10 to the power a.',
				kaplan:
					'That is Kaplan et al.’s exponent, 0.73, at work. Epoch’s refit has its own a = β/(α+β), from the α and β in the question.',
				exponent: 'That is the exponent a itself. The question asks by what factor the model grows: 10 to the power a.'
			},
			'source-compute': {
				'no-six': 'That is N·D, the post’s C = N·D. Training costs about six FLOP per parameter per token.',
				'forward-or-zetta':
					'10²¹ is 2·N·D, the forward pass alone, and also what the post took a zettaFLOP/s-day to be. The backward pass costs four more FLOP per parameter per token.',
				'zetta-day':
					'That is a zettaFLOP/s-day, the budget the post names, converted correctly. The question asks what this run costs, which is far less.',
				'tenfold-tokens': 'That uses 10¹² tokens, the post’s misreading of “1000亿”; 100 billion tokens are 10¹¹.'
			},
			'one-epoch-plan': {
				'no-six':
					'That is the budget divided by the tokens, C/D. Training costs six FLOP per parameter per token, so N = C/(6·D).',
				'compute-optimal':
					'That is the compute-optimal model, which would read the 300 B unique tokens more than four times. With one epoch allowed, the data binds: the model sees each token once.',
				'four-epochs':
					'That is the plan with four epochs allowed. With one, the model sees only the 300 B unique tokens, and the budget left over goes into parameters.',
				twenty:
					'That gives the 300 B tokens 20 tokens per parameter, and leaves most of the budget unspent. The plan spends all of it: 6·N·D = C with D fixed at 300 B.'
			},
			'cluster-budget': {
				'no-mfu':
					'That is the cluster at its full peak, every second. A real run reaches only its utilisation, 40% of the peak here.',
				'sparse-peak':
					'That uses the data sheet’s 1,979 TFLOP/s, which counts sparsity. Dense training runs at the dense peak, 989 TFLOP/s.',
				hours: 'The peak is per second: count the 30 days in seconds, 86,400 to a day, not in hours.',
				'one-accelerator': 'That is the budget of one accelerator. The lab has 512 of them.',
				percent: 'A utilisation of 40% is the fraction 0.4, not 40.'
			},
			'llama2-compute': {
				'no-six':
					'That is N·D, parameters times tokens. Training costs about six FLOP per parameter per token: two in the forward pass and four in the backward pass.',
				'forward-only':
					'That counts only the forward pass, two FLOP per parameter per token. The backward pass costs four more.',
				'powers-of-ten':
					'A power of ten went missing: 70 B is 7 × 10¹⁰ and 2.0 T is 2 × 10¹², so write them so before you multiply.'
			},
			'exponent-two-rows': {
				'no-log':
					'That divides one ratio by the other, 10 by about 101.7. A power law turns ratios into an exponent through logarithms: divide the log of the size ratio by the log of the compute ratio.',
				inverse:
					'That is the division upside down. a says how fast N grows with C, so the log of the size ratio goes on top.',
				kaplan: 'That is Kaplan et al.’s exponent, 0.73. These two rows of Table 3 give Approach 1’s own.'
			},
			'exponent-hundredfold': {
				half: 'That is the prediction with a = 0.50, a factor of ten. With a = 0.46 the factor is 100 to the power 0.46.',
				kaplan: 'That uses Kaplan et al.’s 0.73. Part 1 asks first for a = 0.46.',
				'times-exponent':
					'That multiplies the hundredfold by the exponent. A power law raises it to the exponent: 100 to the power 0.46.',
				'printed-law':
					'That is what the printed Approach-3 law itself gives at 5.76 × 10²⁵ FLOP, from its own starting point. Part 1 starts from Approach 1’s 67 B and moves it with the exponent alone.'
			},
			'loss-terms-ratio': {
				inverse:
					'That is α/β, the ratio upside down. The balance αA·N^−α = βB·D^−β makes the model term over the data term β/α.',
				'fraction-a':
					'That is a, the model term’s share of the whole reducible loss. The question asks for the ratio of the two terms.',
				'fraction-b':
					'That is b, the data term’s share of the reducible loss, not the ratio of the model term to the data term.'
			},
			'doubling-share': {
				remaining:
					'That is what is left after a doubling, 2^−γ of the reducible loss. The question asks what one doubling removes.',
				gamma: 'That is γ itself, the exponent. A doubling multiplies the reducible loss by 2 to the power −γ.',
				half: 'Halving the reducible loss takes many doublings, not one: each multiplies it by 2 to the power −γ, a factor close to 1.'
			},
			'tokens20-model': {
				'no-twenty':
					'That is √(C/6), a model that reads as many tokens as it has parameters. At 20 tokens per parameter C = 6·N·20N = 120N².',
				'no-six':
					'That is √(C/20): the 20 tokens per parameter are in, the six FLOP per parameter per token are not. C = 6·N·D with D = 20N.',
				tokens: 'That is the number of tokens, D = 20N. The question asks for the parameters.',
				'no-root': 'That is C/120, which is N², not N: take the square root.'
			},
			'post-compute': {
				'no-six': 'That is N·D, the post’s own C = N·D. Training costs about six FLOP per parameter per token.',
				'forward-only':
					'That counts only the forward pass, two FLOP per parameter per token. The backward pass costs four more.',
				'source-budget':
					'That is the post’s budget, 10²¹ FLOP, its reading of a zettaFLOP/s-day. The question asks what its 1 B model on 100 B tokens actually costs.',
				'tenfold-tokens': 'That uses 10¹² tokens, the post’s misreading of “1000亿”; 100 billion tokens are 10¹¹.'
			},
			'half-size-break-even': {
				saving:
					'That prices each served token’s saving at the optimum’s whole 2·N. The smaller model still costs 2·k_N·N per token: the saving is 2·(1 − k_N)·N, here N.',
				'flop-ratio':
					'That weighs a served token like a trained one. Training costs six FLOP per parameter per token and serving two, so T = 3·o·D_opt/(1 − k_N).',
				multiple:
					'That is T as a multiple of D_opt. The question asks for a number of tokens: multiply by the optimum’s own tokens.',
				'optimum-tokens': 'That is D_opt, the optimum’s training tokens, not the break-even. T = 3·o·D_opt/(1 − k_N).'
			},
			'llama2-7b-overhead': {
				epoch: 'That is the overhead under Epoch’s refit. This box checks the printed Approach-3 fit’s.',
				total:
					'That is Llama 2 7B’s compute as a multiple of the cheapest model’s, 1 + o. The overhead is the part beyond it.'
			},
			'kaplan-direct-size': {
				'c-not-cmin':
					'That puts the whole budget where Kaplan’s formula has C_min. Trained at the critical batch size a run costs about twice C_min (Kaplan §6), so C_min = C/2 here.',
				approach1: 'That is Approach 1’s size, part 2’s answer. Part 1 asks for Kaplan’s rule.',
				trained:
					'That is the size App. D.4 then trained, with a shape close to the rule’s. The rule itself predicts a little less: compute it.'
			},
			'sixteen-epochs': {
				'r-is-epochs': 'That takes R = 16. Sixteen epochs are one first pass and fifteen repetitions, so R = 15.',
				fresh: 'That counts every pass as fresh data. By Muennighoff et al.’s equation a repeated token is worth less.',
				'repeats-only':
					'That leaves out the first pass. D′ = U + U·R*·(1 − e^(−R/R*)): the unique tokens themselves count once in full.',
				multiple:
					'That looks like D′/U, the sixteen epochs’ worth in units of the unique data. The question asks for a share of sixteen fresh epochs: divide by 16.'
			},
			'approach1-token-exponent': {
				inverse: 'That is 1/b, the fit turned around: FLOP against tokens. Fitting tokens against FLOP gives b itself.',
				kaplan: 'That is Kaplan et al.’s b, 0.27. Table 3 lies on budget lines, so its token exponent is 1 − a.',
				negative:
					'That is −a. Along one budget line the tokens fall as the model grows, but across Table 3’s rows both grow: D ∝ C^(1 − a).'
			}
		},
		progressHeading: 'Your quick checks',
		progress: (done: number, total: number) => `You have answered ${done} of ${total} quick checks in this browser.`,
		progressNone: (total: number) =>
			`The essay has ${total} quick checks; the ones you answer are ticked here, in this browser only.`,
		progressChapter: (done: number, total: number) => `${done} of ${total}`,
		clear: 'Forget my answers',
		cleared: 'Forgotten: nothing is stored now.',
		/** A problem's link to its figure, opened in the problem's state ($lib/components/FigureLink.svelte). */
		openFigure: 'Open the figure in this problem’s state',
		printSpace: 'Answer:'
	},
	/** What typed numbers are refused for, when there is more to say than "not a number" ($lib/format/parse). */
	parse: {
		ambiguousComma: (text: string, thousands: string, decimal: string) =>
			`In “${text}” the comma could group thousands (${thousands}) or mark a decimal (${decimal}): type ${thousands} or ${decimal}, without the comma.`
	}
};

/** The shape every edition's interface strings share. */
export type Messages = typeof en;

export default en;
