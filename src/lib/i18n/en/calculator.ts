// The allocation calculator's words: loaded with that figure only. Part of the English interface strings (./index.ts
// has the rest).

export const calculator = {
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
};

export type CalculatorMessages = typeof calculator;
export default calculator;
