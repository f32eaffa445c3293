// The repeated-data figure's words: loaded with that figure only. Part of the English interface strings (./index.ts has
// the rest).

export const repeated = {
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
};

export type RepeatedMessages = typeof repeated;
export default repeated;
