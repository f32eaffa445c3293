// The over-training figure's words: loaded with that figure only. Part of the English interface strings (./index.ts has
// the rest).

export const overtraining = {
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
};

export type OvertrainingMessages = typeof overtraining;
export default overtraining;
