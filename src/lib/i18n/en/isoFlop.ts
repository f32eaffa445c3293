// The IsoFLOP chart's words: loaded with that figure only. Part of the English interface strings (./index.ts has the
// rest).

export const isoFlop = {
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
};

export type IsoFlopMessages = typeof isoFlop;
export default isoFlop;
