// Every quick check in the essay, by id (./ids.ts says which chapter asks it): how its answer is read and the answer
// itself, computed by the scaling-law core so it cannot drift from the figures, and the known wrong answers, each the
// value a particular slip gives (computed the same way) with the key of the reply that explains it (`replies[id][key]`
// in `$messages/quiz`, in both editions). The question and the worked answer are prose, in the chapter (content/*.md:
// <Quiz id="…">, <QuizCheck quiz="…" />, <Answer>); a multiple-choice question's choices are interface strings
// (`choices[id]` in `$messages/quiz`), each wrong one beside its reply so the two cannot drift apart, and `correct`
// names the right one by its position.
import {
	allocate,
	breakEvenInferenceTokens,
	budgetForTokens,
	computeOverhead,
	computeFromHardware,
	effectiveData,
	exponentsOf,
	FLOP_PER_PARAM_TOKEN,
	FLOP_PER_ZFLOPS_DAY,
	GOPHER_BUDGET,
	optimalLoss,
	parametricLaw,
	planRun,
	sizeFactorOverhead,
	tokenFactorForSizeFactor,
	table3Approach1,
	trainingCompute,
	workedPlanRequest
} from '$lib/scaling';
import { APPENDIX_D4 } from '$lib/data/appendix-d4';
import { models } from '$lib/data/models';
import type { AnswerUnit, Misconception } from './check';
import { isQuizId, type QuizId } from './ids';

export type { Misconception };

export type QuizSpec =
	| {
			kind: 'number';
			unit: AnswerUnit;
			answer: number;
			/** Relative (0.05 = within 5%), or absolute for a loss. */
			tolerance: number;
			/** Known wrong answers, tried in order after the right one. */
			misconceptions: readonly Misconception[];
	  }
	/** `choices` counts them; their words and the reply to each wrong one: `choices[id]` in `$messages/quiz`. */
	| { kind: 'choice'; correct: number; choices: number };

const model = (id: string) => models.find((m) => m.id === id)!;
const tokensPerParamOf = (id: string) => model(id).tokens / model(id).params;
const ratio = (law: Parameters<typeof allocate>[0], factor: number, C: number) =>
	allocate(law, factor * C).params / allocate(law, C).params;
const slip = (id: string, value: number, tolerance: number, fair?: boolean): Misconception =>
	fair ? { id, value, tolerance, fair } : { id, value, tolerance };

/** FLOP per parameter per token in the forward pass alone; the backward pass costs twice that (kaplan2020 §2.1). */
const FORWARD_FLOP_PER_PARAM_TOKEN = 2;
/** The source post's "1 zettaflop/s-day ≈ 10^21": a zettaFLOP/s-day without its 86,400 seconds. */
const SOURCE_BUDGET = FLOP_PER_ZFLOPS_DAY / 86_400;
/** The source's "1000亿" tokens: 亿 is 10^8. The post computed with ten times that. */
const SOURCE_TOKENS = 1000 * 1e8;
const SOURCE_TOKENS_MISREAD = 10 * SOURCE_TOKENS;

const gopher = model('gopher');
const gopherCompute = trainingCompute(gopher.params, gopher.tokens);
const TENFOLD = 10;
const approach1A = exponentsOf('hoffmann2022-approach1').a;
const epochA = exponentsOf('besiroglu2024').a;
const printed = parametricLaw('hoffmann2022');
const tokens20 = allocate('tokens20', budgetForTokens('tokens20', SOURCE_TOKENS));
const tokensPerParam20 = tokens20.tokens / tokens20.params;
const halfSize = 0.5;
const halfSizeTokens = tokenFactorForSizeFactor(printed, halfSize)!;
const halfSizeOverhead = sizeFactorOverhead(printed, halfSize)!;
const llama = tokensPerParamOf('llama31-8b');
const fourEpochs = effectiveData(SOURCE_TOKENS, 4);
// Chapter 2's problems: a lab's 512 H100s (989 TFLOP/s dense) for 30 days at 40% MFU, and Llama 2 70B's training.
const H100_PEAK = 989e12;
const DENSE_TO_SPARSE = 2;
const clusterMfu = 0.4;
const clusterBudget = computeFromHardware(512, 30, H100_PEAK, clusterMfu);
const llama2Compute = trainingCompute(model('llama2-70b').params, model('llama2-70b').tokens);
// Chapter 3's problems: Table 3's 1 B and 10 B rows, and its Gopher-budget row a hundredfold on.
const [row1b, row10b] = [table3Approach1[1], table3Approach1[2]];
const twoRowsA = Math.log(row10b.params / row1b.params) / Math.log(row10b.flop / row1b.flop);
/** Table 2's Approach-3 exponent as printed (hoffmann2022, Table 2), which the problem gives. */
const TABLE2_APPROACH3_A = 0.46;
const HUNDREDFOLD = 100;
const gopherRow = table3Approach1.find((r) => r.flop === GOPHER_BUDGET)!;
const grown = (a: number) => gopherRow.params * HUNDREDFOLD ** a;
// Chapter 4's problems, under the printed fit: the two reducible terms at the optimum, and what one doubling removes.
const printedGamma = optimalLoss('hoffmann2022').gamma;
const DOUBLING = 2;
// Chapter 5's problems: the 20-token model of 10²² FLOP, and the post's own 1 B model on its 100 B tokens.
const EXAMPLE_BUDGET = 1e22;
const example20 = allocate('tokens20', EXAMPLE_BUDGET);
const sourceModelParams = SOURCE_BUDGET / SOURCE_TOKENS_MISREAD;
const postCompute = trainingCompute(sourceModelParams, SOURCE_TOKENS);
// Chapter 6's problems: when a half-size model repays its extra training at the Gopher budget (printed fit), and
// Llama 2 7B's overhead.
const printedOptimum = allocate('hoffmann2022', GOPHER_BUDGET);
const breakEven = breakEvenInferenceTokens(printed, printedOptimum.tokens, halfSize)!;
const TRAIN_OVER_SERVE = FLOP_PER_PARAM_TOKEN / FORWARD_FLOP_PER_PARAM_TOKEN;
const llama2Small = model('llama2-7b');
const llama2Overhead = computeOverhead(printed, llama2Small.params, llama2Small.tokens);
// Chapter 7's problems: Kaplan's size at App. D.4's budget (read with C_min = C/2), and sixteen epochs' worth.
const DIRECT_TEST_BUDGET = APPENDIX_D4.budget;
const kaplanSize = allocate('kaplan2020', DIRECT_TEST_BUDGET).params;
const EPOCHS = 16;
const perUnique = (epochs: number) => effectiveData(1, epochs);
const sixteenShare = perUnique(EPOCHS) / EPOCHS;
// Chapter 10's startup (512 H100s for 30 days, 300 B unique tokens) allowed a single epoch.
const startup = workedPlanRequest('startup');
const startupPlan = planRun(startup, { laws: [] });
const oneEpochPlan = planRun({ ...startup, maxEpochs: 1 }, { laws: [] });

export const quizzes = {
	/** Chapter 1: with N_opt and D_opt both ∝ C^0.5, how does N_opt grow with D_opt? (N ∝ D). */
	'n-with-d': { kind: 'choice', correct: 1, choices: 3 },
	/** Chapter 2: Gopher's training compute by 6·N·D, 6 · 280 B · 300 B. */
	'gopher-compute': {
		kind: 'number',
		unit: 'compute',
		answer: gopherCompute,
		tolerance: 0.05,
		misconceptions: [
			// The paper's Gopher budget (Rae et al.'s count, 14% above 6·N·D) up to App. F's fuller 6.3e23.
			slip('published', GOPHER_BUDGET, 0.1, true),
			slip('no-six', gopherCompute / FLOP_PER_PARAM_TOKEN, 0.05),
			slip('forward-only', (gopherCompute * FORWARD_FLOP_PER_PARAM_TOKEN) / FLOP_PER_PARAM_TOKEN, 0.05),
			// "280 B" taken as 280 (once or twice): the billions dropped.
			slip('powers-of-ten', gopherCompute / 1e9, 0.05),
			slip('powers-of-ten', gopherCompute / 1e18, 0.05)
		]
	},
	/** Chapter 2, problem 1: the budget of 512 H100s for 30 days at 40% MFU. */
	'cluster-budget': {
		kind: 'number',
		unit: 'compute',
		answer: clusterBudget,
		tolerance: 0.05,
		misconceptions: [
			slip('no-mfu', clusterBudget / clusterMfu, 0.05),
			// The data sheet's 1,979 TFLOP/s "with sparsity".
			slip('sparse-peak', clusterBudget * DENSE_TO_SPARSE, 0.05),
			// The days counted in hours, not seconds.
			slip('hours', clusterBudget / 3600, 0.05),
			slip('one-accelerator', clusterBudget / 512, 0.05),
			// 40 for 40%.
			slip('percent', clusterBudget * 100, 0.05)
		]
	},
	/** Chapter 2, problem 2: Llama 2 70B's training compute by 6·N·D. */
	'llama2-compute': {
		kind: 'number',
		unit: 'compute',
		answer: llama2Compute,
		tolerance: 0.05,
		misconceptions: [
			slip('no-six', llama2Compute / FLOP_PER_PARAM_TOKEN, 0.05),
			slip('forward-only', (llama2Compute * FORWARD_FLOP_PER_PARAM_TOKEN) / FLOP_PER_PARAM_TOKEN, 0.05),
			slip('powers-of-ten', llama2Compute / 1e9, 0.05),
			slip('powers-of-ten', llama2Compute / 1e12, 0.05)
		]
	},
	/** Chapter 3: ten times the compute, how many times larger a model, under Approach 1's exponent. */
	'tenfold-approach1': {
		kind: 'number',
		unit: 'ratio',
		answer: ratio('hoffmann2022-approach1', TENFOLD, 1e21),
		tolerance: 0.1,
		misconceptions: [
			slip('proportional', TENFOLD, 0.05),
			slip('times-exponent', TENFOLD * approach1A, 0.05),
			slip('kaplan', ratio('kaplan2020', TENFOLD, 1e21), 0.03),
			slip('exponent', approach1A, 0.05)
		]
	},
	/** Chapter 3, problem 1: the exponent a from Table 3's 1 B and 10 B rows. */
	'exponent-two-rows': {
		kind: 'number',
		unit: 'plain',
		answer: twoRowsA,
		tolerance: 0.02,
		misconceptions: [
			slip('no-log', row10b.params / row1b.params / (row10b.flop / row1b.flop), 0.05),
			slip('inverse', 1 / twoRowsA, 0.02),
			slip('kaplan', exponentsOf('kaplan2020').a, 0.02)
		]
	},
	/** Chapter 3, problem 3: the Gopher-budget optimum of Table 3 a hundredfold on, with Table 2's a = 0.46. */
	'exponent-hundredfold': {
		kind: 'number',
		unit: 'params',
		answer: grown(TABLE2_APPROACH3_A),
		tolerance: 0.05,
		misconceptions: [
			slip('half', grown(exponentsOf('hoffmann2022-approach1').a), 0.05),
			slip('kaplan', grown(exponentsOf('kaplan2020').a), 0.05),
			slip('times-exponent', gopherRow.params * HUNDREDFOLD * TABLE2_APPROACH3_A, 0.05),
			slip('printed-law', allocate('hoffmann2022', HUNDREDFOLD * GOPHER_BUDGET).params, 0.05)
		]
	},
	/** Chapter 3: which approach assumes a formula for the loss everywhere (the third). */
	'which-approach': { kind: 'choice', correct: 2, choices: 3 },
	/** Chapter 4: the exponent a = β/(α+β) of the printed Approach-3 fit. */
	'exponent-a': {
		kind: 'number',
		unit: 'plain',
		answer: exponentsOf('hoffmann2022').a,
		tolerance: 0.01,
		misconceptions: [
			// Table 2's 0.46 and the unrounded constants' 0.457 lie within 1% of each other.
			slip('unrounded', exponentsOf('hoffmann2022-unrounded').a, 0.01),
			slip('b', exponentsOf('hoffmann2022').b, 0.01),
			slip('kaplan', exponentsOf('kaplan2020').a, 0.01),
			slip('half', exponentsOf('tokens20').a, 0.01),
			slip('beta-over-alpha', printed.beta / printed.alpha, 0.01)
		]
	},
	/** Chapter 4: with α much smaller than β, a = β/(α+β) nears 1: the budget goes almost all into the model. */
	'alpha-much-smaller': { kind: 'choice', correct: 0, choices: 3 },
	/** Chapter 4, problem 1: at the optimum, the model term over the data term, β/α, for the printed fit. */
	'loss-terms-ratio': {
		kind: 'number',
		unit: 'plain',
		answer: printed.beta / printed.alpha,
		tolerance: 0.02,
		misconceptions: [
			slip('inverse', printed.alpha / printed.beta, 0.02),
			slip('fraction-a', exponentsOf('hoffmann2022').a, 0.02),
			slip('fraction-b', exponentsOf('hoffmann2022').b, 0.02)
		]
	},
	/** Chapter 4, problem 2: the share of the reducible loss one doubling removes, 1 − 2^−γ, for the printed fit. */
	'doubling-share': {
		kind: 'number',
		unit: 'percent',
		answer: 1 - DOUBLING ** -printedGamma,
		tolerance: 0.05,
		misconceptions: [
			slip('remaining', DOUBLING ** -printedGamma, 0.05),
			slip('gamma', printedGamma, 0.05),
			slip('half', 1 / DOUBLING, 0.05)
		]
	},
	/** Chapter 5: the model 100 B tokens ask for at 20 tokens per parameter. */
	'source-model': {
		kind: 'number',
		unit: 'params',
		answer: tokens20.params,
		tolerance: 0.05,
		misconceptions: [
			// The post's own answer: its C = N·D solved for N with its budget and its (misread) tokens.
			slip('source', SOURCE_BUDGET / SOURCE_TOKENS_MISREAD, 0.05),
			slip('tenfold-tokens', SOURCE_TOKENS_MISREAD / tokensPerParam20, 0.05),
			slip('times-20', SOURCE_TOKENS * tokensPerParam20, 0.05),
			slip('tokens', SOURCE_TOKENS, 0.05),
			slip('square-root', Math.sqrt(SOURCE_TOKENS), 0.05)
		]
	},
	/** Chapter 5, problem 1: the model the 20-token rule gives at 10²² FLOP, N = √(C/120). */
	'tokens20-model': {
		kind: 'number',
		unit: 'params',
		answer: example20.params,
		tolerance: 0.05,
		misconceptions: [
			slip('no-twenty', Math.sqrt(EXAMPLE_BUDGET / FLOP_PER_PARAM_TOKEN), 0.05),
			slip('no-six', Math.sqrt(EXAMPLE_BUDGET / (example20.tokens / example20.params)), 0.05),
			slip('tokens', example20.tokens, 0.05),
			// C/120 = N², the square root forgotten.
			slip('no-root', EXAMPLE_BUDGET / (FLOP_PER_PARAM_TOKEN * (example20.tokens / example20.params)), 0.05)
		]
	},
	/** Chapter 5, problem 2: what the post's 1 B model on 100 B tokens costs by 6·N·D. */
	'post-compute': {
		kind: 'number',
		unit: 'compute',
		answer: postCompute,
		tolerance: 0.05,
		misconceptions: [
			slip('no-six', postCompute / FLOP_PER_PARAM_TOKEN, 0.05),
			slip('forward-only', (postCompute * FORWARD_FLOP_PER_PARAM_TOKEN) / FLOP_PER_PARAM_TOKEN, 0.05),
			slip('source-budget', SOURCE_BUDGET, 0.05),
			slip('tenfold-tokens', trainingCompute(sourceModelParams, SOURCE_TOKENS_MISREAD), 0.05)
		]
	},
	/** Chapter 6: de Vries' overhead of a model half the optimal size, printed Approach-3 fit. */
	'half-size-overhead': {
		kind: 'number',
		unit: 'percent',
		answer: halfSizeOverhead,
		tolerance: 0.15,
		misconceptions: [
			// k_D − 1 (extra tokens) and k_D, each typed as a percentage ("142%") or bare ("1.42", read as per cent).
			slip('token-factor', halfSizeTokens - 1, 0.1),
			slip('token-factor', (halfSizeTokens - 1) / 100, 0.1),
			slip('token-factor', halfSizeTokens, 0.1),
			slip('token-factor', halfSizeTokens / 100, 0.1),
			// k_N·k_D, the whole compute, as "121%" or as "1.21".
			slip('total', halfSize * halfSizeTokens, 0.04),
			slip('total', (halfSize * halfSizeTokens) / 100, 0.04),
			// Epoch's refit, the fit the figures start on (26%; narrow, so the question's example "25%" is not it).
			slip('epoch', sizeFactorOverhead(parametricLaw('besiroglu2024'), halfSize)!, 0.03),
			// The fraction with a % sign: "0.21%".
			slip('percent-sign', halfSizeOverhead / 100, 0.15)
		]
	},
	/** Chapter 6, problem 1: tokens served before a half-size model repays its training, printed fit, Gopher budget. */
	'half-size-break-even': {
		kind: 'number',
		unit: 'tokens',
		answer: breakEven,
		tolerance: 0.05,
		misconceptions: [
			// The saving per token taken as 2·N, the whole of the optimum's serving cost.
			slip('saving', breakEven * (1 - halfSize), 0.05),
			// Training and serving priced alike, 6/2 left out.
			slip('flop-ratio', breakEven / TRAIN_OVER_SERVE, 0.05),
			// The answer as a multiple of D_opt, typed as a count.
			slip('multiple', breakEven / printedOptimum.tokens, 0.05),
			slip('optimum-tokens', printedOptimum.tokens, 0.05)
		]
	},
	/** Chapter 6, problem 2: Llama 2 7B's compute overhead over the optimum of its loss, printed fit. */
	'llama2-7b-overhead': {
		kind: 'number',
		unit: 'percent',
		answer: llama2Overhead,
		tolerance: 0.1,
		misconceptions: [
			slip('epoch', computeOverhead(parametricLaw('besiroglu2024'), llama2Small.params, llama2Small.tokens), 0.05),
			slip('total', 1 + llama2Overhead, 0.05)
		]
	},
	/** Chapter 6: Llama 3.1 8B's tokens per parameter, from the models data. */
	'llama-ratio': {
		kind: 'number',
		unit: 'ratio',
		answer: llama,
		tolerance: 0.05,
		misconceptions: [
			slip('chinchilla', tokensPerParamOf('chinchilla'), 0.05),
			// T over B without the thousand between them; 万亿 over 亿 without the ten thousand.
			slip('units', llama / 1e3, 0.05),
			slip('units', llama / 1e4, 0.05),
			slip('inverse', 1 / llama, 0.05)
		]
	},
	/** Chapter 7: which of App. D.4's two models reached the lower loss (Approach 1's smaller one). */
	'direct-test': { kind: 'choice', correct: 1, choices: 3 },
	/** Chapter 7: what four epochs of 100 B unique tokens are worth (Muennighoff et al.). */
	'four-epochs': {
		kind: 'number',
		unit: 'tokens',
		answer: fourEpochs,
		tolerance: 0.03,
		misconceptions: [
			slip('all-fresh', 4 * SOURCE_TOKENS, 0.015),
			// R = 4 where four epochs are three repetitions.
			slip('r-is-epochs', effectiveData(SOURCE_TOKENS, 5), 0.03),
			slip('repeats-only', fourEpochs - SOURCE_TOKENS, 0.03),
			slip('worthless', effectiveData(SOURCE_TOKENS, 1), 0.03)
		]
	},
	/** Chapter 7, problem 1: Kaplan's rule at 10²¹ FLOP, written in C_min = C/2. */
	'kaplan-direct-size': {
		kind: 'number',
		unit: 'params',
		answer: kaplanSize,
		tolerance: 0.01,
		misconceptions: [
			// C put where the formula has C_min: the exponent on twice the budget.
			slip('c-not-cmin', kaplanSize * 2 ** exponentsOf('kaplan2020').a, 0.02),
			slip('approach1', allocate('hoffmann2022-approach1', DIRECT_TEST_BUDGET).params, 0.02),
			// The size App. D.4 then trained, 1.3% above its prediction.
			slip('trained', APPENDIX_D4.trained.kaplan2020, 0.005, true)
		]
	},
	/** Chapter 7, problem 2: sixteen epochs as a share of sixteen epochs of fresh data (Muennighoff et al.). */
	'sixteen-epochs': {
		kind: 'number',
		unit: 'percent',
		answer: sixteenShare,
		tolerance: 0.02,
		misconceptions: [
			slip('r-is-epochs', perUnique(EPOCHS + 1) / EPOCHS, 0.01),
			slip('fresh', 1, 0.02),
			slip('repeats-only', (perUnique(EPOCHS) - 1) / EPOCHS, 0.02),
			// D'/U, "10.6", which a percentage box reads as 10.6%.
			slip('multiple', perUnique(EPOCHS) / 100, 0.02)
		]
	},
	/** Chapter 8: how many times larger a model ten times the budget buys under Epoch's refit. */
	'tenfold-epoch': {
		kind: 'number',
		unit: 'ratio',
		answer: ratio('besiroglu2024', TENFOLD, GOPHER_BUDGET),
		tolerance: 0.1,
		misconceptions: [
			slip('proportional', TENFOLD, 0.05),
			slip('times-exponent', TENFOLD * epochA, 0.03),
			slip('kaplan', ratio('kaplan2020', TENFOLD, GOPHER_BUDGET), 0.02),
			slip('exponent', epochA, 0.05)
		]
	},
	/** Chapter 8, problem 1: which way a = β/(α+β) moves when β grows (up: the model grows faster with the budget). */
	'larger-beta': { kind: 'choice', correct: 0, choices: 3 },
	/** Chapter 8, problem 2: the exponent of Table 3's tokens against its FLOP, b = 1 − a. */
	'approach1-token-exponent': {
		kind: 'number',
		unit: 'plain',
		answer: exponentsOf('hoffmann2022-approach1').b,
		tolerance: 0.02,
		misconceptions: [
			slip('inverse', 1 / exponentsOf('hoffmann2022-approach1').b, 0.02),
			slip('kaplan', exponentsOf('kaplan2020').b, 0.02),
			slip('negative', -exponentsOf('hoffmann2022-approach1').a, 0.02)
		]
	},
	/** Chapter 9: the right compute for the source's 5 B parameters on 100 B tokens. */
	'source-compute': {
		kind: 'number',
		unit: 'compute',
		answer: trainingCompute(tokens20.params, SOURCE_TOKENS),
		tolerance: 0.05,
		misconceptions: [
			slip('no-six', trainingCompute(tokens20.params, SOURCE_TOKENS) / FLOP_PER_PARAM_TOKEN, 0.05),
			// 2·N·D, the forward pass alone: 10^21, which is also what the post took a zettaFLOP/s-day to be.
			slip(
				'forward-or-zetta',
				(trainingCompute(tokens20.params, SOURCE_TOKENS) * FORWARD_FLOP_PER_PARAM_TOKEN) / FLOP_PER_PARAM_TOKEN,
				0.05
			),
			slip('zetta-day', FLOP_PER_ZFLOPS_DAY, 0.05),
			slip('tenfold-tokens', trainingCompute(tokens20.params, SOURCE_TOKENS_MISREAD), 0.05)
		]
	},
	/** Chapter 10: the startup's plan with one epoch allowed: D = U, and the budget spent on N = C/(6·U). */
	'one-epoch-plan': {
		kind: 'number',
		unit: 'params',
		answer: oneEpochPlan.params,
		tolerance: 0.05,
		misconceptions: [
			slip('no-six', startup.computeBudget / startup.uniqueTokens, 0.05),
			slip('compute-optimal', startupPlan.alternatives.computeOptimal.params, 0.05),
			slip('four-epochs', startupPlan.params, 0.05),
			// 20 tokens per parameter on the unique tokens, leaving most of the budget unspent.
			slip('twenty', startup.uniqueTokens / 20, 0.05)
		]
	}
} satisfies Record<QuizId, QuizSpec>;

export { isQuizId, type QuizId };

export function quiz(id: QuizId): QuizSpec {
	return quizzes[id];
}
