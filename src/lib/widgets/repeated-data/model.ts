// What repeating data buys (muennighoff2023): the effective tokens of U unique tokens over many epochs, against fresh
// data, and what it does to the compute-optimal model of the reader's budget when unique data runs short. R* ≈ 15.4
// was fitted by Muennighoff et al. together with their own loss constants: putting D′ into another fit's loss, as the
// loss readout does, is an approximation.
import {
	REPETITION_HALF_LIFE,
	effectiveData,
	effectiveDataLimit,
	lossOf,
	type Allocation,
	type ParametricLaw
} from '$lib/scaling';

/** The unique-token slider, log10: a billion to a hundred trillion tokens. */
export const UNIQUE_RANGE = [9, 14] as const;
export const DEFAULT_UNIQUE_LOG = 11.5;
/** Epochs along the chart. */
export const EPOCH_RANGE: [number, number] = [1, 100];

export function curve(unique: number, points = 60): { effective: [number, number][]; fresh: [number, number][] } {
	const [from, to] = EPOCH_RANGE;
	const epochs = Array.from({ length: points }, (_, i) => from * (to / from) ** (i / (points - 1)));
	return {
		effective: epochs.map((e) => [e, effectiveData(unique, e)]),
		fresh: epochs.map((e) => [e, e * unique])
	};
}

export interface Shortfall {
	/** Epochs the budget's compute-optimal token count needs from the unique data (1 when there is enough). */
	epochs: number;
	/** What those epochs are worth in fresh tokens. */
	effective: number;
	/** effective / tokens wanted. */
	worth: number;
	/** The loss of the compute-optimal model on repeated data, and how much worse than on fresh data. */
	loss: number;
	lossIncrease: number;
	/** The value of one more epoch, as a fraction of a fresh epoch: e^(−R/R*). */
	nextEpoch: number;
}

export function shortfall(law: ParametricLaw, optimum: Allocation, unique: number): Shortfall {
	const epochs = Math.max(1, optimum.tokens / unique);
	const effective = Math.min(optimum.tokens, effectiveData(unique, epochs));
	const L = lossOf(law);
	const fresh = L(optimum.params, optimum.tokens);
	const loss = L(optimum.params, effective);
	return {
		epochs,
		effective,
		worth: effective / optimum.tokens,
		loss,
		lossIncrease: loss - fresh,
		nextEpoch: Math.exp(-(epochs - 1) / REPETITION_HALF_LIFE)
	};
}

/**
 * Where the figure marks the budget's need: at its epochs and what they are worth, or, past the chart's last epoch, at
 * the right edge with `offScale` set (the dot stays in view and the readout says it is off the scale). None when the
 * unique data is enough.
 */
export function needMark(need: Shortfall): { at: [number, number]; offScale: boolean } | undefined {
	if (!(need.epochs > 1)) return undefined;
	const offScale = need.epochs > EPOCH_RANGE[1];
	return { at: [offScale ? EPOCH_RANGE[1] : need.epochs, need.effective], offScale };
}

/** The chapter's question: a quarter of the tokens wanted, four epochs; the guess is a share of fresh data's worth. */
export const GUESS_EPOCHS = 4;
export const GUESS_RANGE: [number, number] = [0.25, 1];
export const GUESS_START = 0.6;
/** The answer: what four epochs over U are worth against 4U fresh tokens, whatever U (by Muennighoff et al.'s formula). */
export const guessAnswer = (): number => effectiveData(1, GUESS_EPOCHS) / GUESS_EPOCHS;

/** The unique-token slider's position for a quarter of the budget's tokens, inside the slider's range. */
export function positionForQuarter(optimalTokens: number): number {
	return Math.min(UNIQUE_RANGE[1], Math.max(UNIQUE_RANGE[0], Math.log10(optimalTokens / GUESS_EPOCHS)));
}

export { effectiveDataLimit };
