// Every UI string the site shows, so the Chinese edition (../zh/) is a second folder of the same shape. Prose lives in
// content/; these files hold only the words of the interface. Components import this table through $lib/i18n; the
// sections only one figure (or the quick checks) uses, the other files here, through `$messages/<section>`, so a
// figure's code carries its own words and not every other figure's (the table was ≈ 70 KB of every figure's code).

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
	solutions: {
		title: 'Answers and worked solutions',
		summary:
			'Every quick check and problem of the essay, chapter by chapter, with its answer open: for instructors, to read or to print. Live numbers follow the budget and fit of the reader’s own scenario, like the chapters’.',
		quizzes: 'Quick checks',
		problems: 'Problems',
		link: 'Answers and worked solutions, for instructors'
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
	/** What typed numbers are refused for, when there is more to say than "not a number" ($lib/format/parse). */
	parse: {
		ambiguousComma: (text: string, thousands: string, decimal: string) =>
			`In “${text}” the comma could group thousands (${thousands}) or mark a decimal (${decimal}): type ${thousands} or ${decimal}, without the comma.`
	}
};

/** The shape every edition's interface strings share. */
export type Messages = typeof en;

export default en;
