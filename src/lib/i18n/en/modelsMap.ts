// The models map's words: loaded with that figure only. Part of the English interface strings (./index.ts has the
// rest).

export const modelsMap = {
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
};

export type ModelsMapMessages = typeof modelsMap;
export default modelsMap;
