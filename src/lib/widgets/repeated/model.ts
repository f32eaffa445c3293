// What repeating data buys (muennighoff2023): the effective tokens of U unique tokens over many epochs, against fresh
// data, and what it does to the compute-optimal model of the reader's budget when unique data runs short.
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

export { effectiveDataLimit };
