// One vocabulary for the quantities N, D, C, L and D/N: symbol, KaTeX macro and colour class (from notation.js, which
// the KaTeX macros also read), the label the axes and tables print, and the formatter every readout uses.
import { fmt, ui } from '$lib/i18n';
import { notation, type Notation } from './notation.js';

export type QuantityId = keyof typeof notation;

export interface Quantity extends Notation {
	/** Axis title and column heading, e.g. "Parameters N". */
	label: string;
	/** Formats one value for people: "70 B", "5.8 × 10²³", "1.937". */
	format: (value: number) => string;
}

const formats: Record<QuantityId, (value: number) => string> = {
	params: fmt.formatCount,
	tokens: fmt.formatCount,
	compute: fmt.formatFlop,
	loss: fmt.formatLoss,
	tokensPerParam: (x) => fmt.significant(x, 3)
};

export const quantities: Record<QuantityId, Quantity> = Object.fromEntries(
	(Object.keys(notation) as QuantityId[]).map((id) => [
		id,
		{ ...notation[id], label: ui.quantity[id], format: formats[id] }
	])
) as Record<QuantityId, Quantity>;
