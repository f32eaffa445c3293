// Every UI string the site shows, in one place, so the Chinese edition is a second file of the same shape.
// Prose lives in content/; this file holds only the words of the interface.

export const ui = {
	siteTitle: 'Compute-optimal, explained',
	siteTagline:
		'How to split a fixed training budget between model size and training data: the Chinchilla result, live in your hands.',
	skipToContent: 'Skip to content',
	nav: {
		label: 'Site',
		contents: 'Contents',
		explore: 'Explore',
		references: 'References'
	},
	contents: {
		heading: 'Chapters',
		minutes: (n: number) => `${n} min read`,
		chapter: (n: number) => `Chapter ${n}`
	},
	chapter: {
		toc: 'On this page',
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
		tools: 'Figure tools',
		copyLink: 'Copy link',
		downloadSvg: 'SVG',
		downloadPng: 'PNG',
		copyCsv: 'Copy CSV',
		showData: 'Show the data',
		linkCopied: 'Link to this state copied.',
		csvCopied: 'Data copied as CSV.',
		downloaded: (name: string) => `Downloaded ${name}.`,
		clipboardBlocked: 'This browser blocked the clipboard; select the text in the data table instead.',
		exportFailed: 'Could not export the figure in this browser.',
		stateUrl: 'This figure’s state:'
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
		typed: 'Type a compute budget',
		typedHint: 'e.g. 5.76e23, 5.76 × 10^23, 3 PF-days, 1 ZFLOP/s-day',
		set: 'Set',
		range: '10¹⁷ to 10²⁸ FLOP',
		accelerator: 'Accelerator',
		mfu: 'Utilisation (MFU, %)',
		mfuInvalid: 'Utilisation must be a number from 1 to 100; keeping the last valid value.',
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
	notes: { dismiss: 'Dismiss' },
	lawPicker: 'Loss fit',
	isoLoss: {
		caption:
			'Contours of the loss L(N, D) for the chosen fit, with the iso-FLOP line of your budget (every model it can train) and the compute-optimal frontier. The optimum sits where the iso-FLOP line just touches a contour. Drag “your model” or focus it and use the arrow keys.',
		chart: 'Iso-loss contours over parameters and tokens',
		contour: (loss: string) => `L = ${loss}`,
		isoFlop: 'iso-FLOP line of your budget',
		frontier: 'compute-optimal frontier',
		optimum: 'optimum',
		yourModel: 'your model',
		pointLabel: (n: string, d: string, l: string) =>
			`Your model: ${n} parameters, ${d} tokens, loss ${l}. Arrow keys move it a tenth of a decade; Shift moves a decade.`,
		readoutTitle: 'Your model',
		params: 'Parameters',
		tokens: 'Tokens',
		loss: 'Loss',
		compute: 'Compute',
		overhead: (percent: string, flop: string) =>
			`The cheapest model that reaches the same loss needs ${flop} FLOP: yours spends ${percent} more.`,
		onFrontier: 'It is on the compute-optimal frontier: no model reaches its loss for less.',
		placeHint: 'Not moved yet: it starts at Gopher (280 B parameters, 300 B tokens).',
		reset: 'Back to Gopher',
		optimumLine: (n: string, d: string, l: string) => `Optimum at your budget: ${n} parameters, ${d} tokens, loss ${l}.`,
		tableLevel: 'Contour L',
		tableMinN: 'Smallest N that can reach it',
		tableCompute: 'Cheapest compute to reach it (FLOP)',
		tableOptN: 'Compute-optimal N there',
		tableOptD: 'Compute-optimal D there'
	},
	footer: 'An explorable essay on Hoffmann et al. (2022). Every number on this site comes from one scaling-law core.'
} as const;
