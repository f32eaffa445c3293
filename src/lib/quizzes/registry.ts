// Every quick check in the essay, by id (./ids.ts says which chapter asks it): how its answer is read and the answer itself, computed
// by the scaling-law core so it cannot drift from the figures. The question and the worked answer are prose, in the
// chapter (content/*.md: <Quiz id="…">, <QuizCheck quiz="…" />, <Answer>); the choices of a multiple-choice question
// are given there too, and `correct` names the right one by its position.
import {
	allocate,
	budgetForTokens,
	effectiveData,
	exponentsOf,
	GOPHER_BUDGET,
	parametricLaw,
	sizeFactorOverhead,
	trainingCompute
} from '$lib/scaling';
import { models } from '$lib/data/models';
import type { AnswerUnit } from './check';
import { isQuizId, type QuizId } from './ids';

export type QuizSpec =
	| {
			kind: 'number';
			unit: AnswerUnit;
			answer: number;
			/** Relative (0.05 = within 5%), or absolute for a loss. */
			tolerance: number;
	  }
	| { kind: 'choice'; correct: number; choices: number };

const tokensPerParamOf = (id: string) => {
	const m = models.find((model) => model.id === id)!;
	return m.tokens / m.params;
};
const ratio = (law: Parameters<typeof allocate>[0], factor: number, C: number) =>
	allocate(law, factor * C).params / allocate(law, C).params;

export const quizzes = {
	/** Chapter 1: with N_opt and D_opt both ∝ C^0.5, how does N_opt grow with D_opt? (N ∝ D). */
	'n-with-d': { kind: 'choice', correct: 1, choices: 3 },
	/** Chapter 2: Gopher's training compute, 6 · 280 B · 300 B. */
	'gopher-compute': {
		kind: 'number',
		unit: 'compute',
		answer: trainingCompute(280e9, 300e9),
		tolerance: 0.05
	},
	/** Chapter 3: ten times the compute, how many times larger a model, under Approach 1's exponent. */
	'tenfold-approach1': {
		kind: 'number',
		unit: 'ratio',
		answer: ratio('hoffmann2022-approach1', 10, 1e21),
		tolerance: 0.1
	},
	/** Chapter 3: which approach assumes a formula for the loss everywhere (the third). */
	'which-approach': { kind: 'choice', correct: 2, choices: 3 },
	/** Chapter 4: the exponent a = β/(α+β) of the printed Approach-3 fit. */
	'exponent-a': {
		kind: 'number',
		unit: 'plain',
		answer: exponentsOf('hoffmann2022').a,
		tolerance: 0.01
	},
	/** Chapter 5: the model 100 B tokens ask for at 20 tokens per parameter. */
	'source-model': {
		kind: 'number',
		unit: 'params',
		answer: allocate('tokens20', budgetForTokens('tokens20', 100e9)).params,
		tolerance: 0.05
	},
	/** Chapter 6: de Vries' overhead of a model half the optimal size, printed Approach-3 fit. */
	'half-size-overhead': {
		kind: 'number',
		unit: 'percent',
		answer: sizeFactorOverhead(parametricLaw('hoffmann2022'), 0.5)!,
		tolerance: 0.15
	},
	/** Chapter 6: Llama 3.1 8B's tokens per parameter, from the models data. */
	'llama-ratio': {
		kind: 'number',
		unit: 'ratio',
		answer: tokensPerParamOf('llama31-8b'),
		tolerance: 0.05
	},
	/** Chapter 7: which of App. D.4's two models reached the lower loss (Approach 1's smaller one). */
	'direct-test': { kind: 'choice', correct: 1, choices: 3 },
	/** Chapter 7: what four epochs of 100 B unique tokens are worth (Muennighoff et al.). */
	'four-epochs': {
		kind: 'number',
		unit: 'tokens',
		answer: effectiveData(100e9, 4),
		tolerance: 0.03
	},
	/** Chapter 8: how many times larger a model ten times the budget buys under Epoch's refit. */
	'tenfold-epoch': {
		kind: 'number',
		unit: 'ratio',
		answer: ratio('besiroglu2024', 10, GOPHER_BUDGET),
		tolerance: 0.1
	},
	/** Chapter 9: the right compute for the source's 5 B parameters on 100 B tokens. */
	'source-compute': {
		kind: 'number',
		unit: 'compute',
		answer: trainingCompute(5e9, 100e9),
		tolerance: 0.05
	}
} satisfies Record<QuizId, QuizSpec>;

export { isQuizId, type QuizId };

export function quiz(id: QuizId): QuizSpec {
	return quizzes[id];
}
