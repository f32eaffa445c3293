// The quick checks by id and the chapter that asks each: light (no scaling core), so the contents page's progress
// list can load it. Their answers are in ./registry.ts.
export const quizChapters = {
	'n-with-d': 'the-question',
	'gopher-compute': 'compute',
	'cluster-budget': 'compute',
	'llama2-compute': 'compute',
	'tenfold-approach1': 'measuring',
	'which-approach': 'measuring',
	'exponent-two-rows': 'measuring',
	'exponent-hundredfold': 'measuring',
	'exponent-a': 'derivation',
	'alpha-much-smaller': 'derivation',
	'loss-terms-ratio': 'derivation',
	'doubling-share': 'derivation',
	'source-model': 'worked-example',
	'tokens20-model': 'worked-example',
	'post-compute': 'worked-example',
	'half-size-overhead': 'models',
	'llama-ratio': 'models',
	'half-size-break-even': 'models',
	'llama2-7b-overhead': 'models',
	'four-epochs': 'caveats',
	'direct-test': 'caveats',
	'kaplan-direct-size': 'caveats',
	'sixteen-epochs': 'caveats',
	'tenfold-epoch': 'code',
	'larger-beta': 'code',
	'approach1-token-exponent': 'code',
	'source-compute': 'corrections',
	'one-epoch-plan': 'plan'
} as const;

export type QuizId = keyof typeof quizChapters;

export const quizIds = Object.keys(quizChapters) as QuizId[];

export function isQuizId(id: unknown): id is QuizId {
	return typeof id === 'string' && Object.hasOwn(quizChapters, id);
}
