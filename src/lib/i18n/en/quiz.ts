// The quick checks' words: loaded with a quick check, not with every figure. Part of the English interface strings
// (./index.ts has the rest).

export const quiz = {
	title: 'Check yourself',
	yourAnswer: 'Your answer',
	check: 'Check',
	showAnswer: 'Show the answer',
	showSolution: 'Show the worked solution',
	answeredBefore: 'You answered this one before.',
	/** What each unit accepts, said when the reader's text is not a number in it. */
	examples: {
		params: 'a number of parameters, such as “7 B” or “7e9”',
		tokens: 'a number of tokens, such as “2 T” or “2e12”',
		compute: 'a number of FLOP, such as “1e22” or “1 × 10^22”',
		ratio: 'a number, such as “3.2”',
		loss: 'a loss in nats per token, such as “2.5”',
		percent: 'a percentage, such as “25%”',
		plain: 'a number, such as “0.1”'
	},
	empty: 'Type an answer first.',
	unreadable: (example: string) => `That is not something this question can read: type ${example}.`,
	right: (value: string) => `Right: ${value} is within the answer’s tolerance. Open the answer for the working.`,
	wrong: (high: boolean) =>
		`Not quite: that is too ${high ? 'high' : 'low'}. Try again, or open the answer when you are ready.`,
	/** A known mistake's reply, wrapped: `reply` says what the mistake was (`replies`, below). */
	misconception: (reply: string) => `Not quite. ${reply} Try again, or open the answer when you are ready.`,
	/** The reply to a number that is right about something else (a published count, not the rule asked for). */
	fair: (reply: string) =>
		`Not wrong, but not what this check asks. ${reply} Try again, or open the answer when you are ready.`,
	chooseFirst: 'Choose an answer first.',
	choiceRight: 'Right. Open the answer for why.',
	choiceWrong: 'Not that one. Try again, or open the answer when you are ready.',
	choiceWrongBecause: (reply: string) => `Not that one. ${reply} Try again, or open the answer when you are ready.`,
	/**
	 * The choices of each multiple-choice check, in order, each wrong one with the reply that explains it: words and
	 * replies side by side, so they cannot drift apart ($lib/quizzes/registry.ts says which is right).
	 */
	choices: {
		'n-with-d': [
			{
				text: 'N grows as the square root of D',
				reply:
					'That is the slip of the blog post this essay corrects. The square roots in the question tie each quantity to compute, not N to D: write both as powers of C and compare them.'
			},
			{ text: 'N grows in proportion to D' },
			{
				text: 'N grows as the square of D',
				reply: 'That would need N’s exponent to be twice D’s, as in N ∝ C with D ∝ √C. Here both grow as √C.'
			}
		],
		'which-approach': [
			{
				text: 'Approach 1, the lowest loss at each budget',
				reply:
					'Approach 1 assumes almost nothing: at each budget it takes the lowest loss any run reached, and fits power laws through those minima. It says nothing about the loss anywhere else.'
			},
			{
				text: 'Approach 2, IsoFLOP profiles',
				reply:
					'Approach 2 assumes a shape only near each budget’s minimum: a parabola in ln N along each IsoFLOP line. Away from the minima it assumes nothing.'
			},
			{ text: 'Approach 3, the parametric loss' }
		],
		'alpha-much-smaller': [
			{ text: 'Almost all of it goes into a larger model' },
			{
				text: 'Almost all of it goes into more data',
				reply:
					'A small α means the parameters’ term shrinks slowly: growing the model buys little loss per step, so it takes many steps. Ask which knob then has to be turned further, and look at where β sits in a = β/(α+β).'
			},
			{
				text: 'Still about half each',
				reply:
					'Half each comes from α ≈ β: a = β/(α+β) is one half only when the two exponents are equal. With α much smaller than β the fraction is far from one half.'
			}
		],
		'larger-beta': [
			{ text: 'a grows: the optimal model grows faster with the budget' },
			{
				text: 'a shrinks: the optimal model grows more slowly',
				reply: 'Look where β sits in a = β/(α+β): in the numerator, and only once in the denominator.'
			},
			{
				text: 'a stays the same',
				reply: 'a = β/(α+β) depends on β: it stays put only if α grows in proportion.'
			}
		],
		'direct-test': [
			{
				text: 'Kaplan’s 4.74 B',
				reply:
					'That is what Kaplan et al.’s rule predicted, and what the experiment was run to test. At a fixed budget every extra parameter is paid for in tokens: ask which of the two went short.'
			},
			{ text: 'Approach 1’s 2.80 B' },
			{
				text: 'They tied',
				reply:
					'They did not tie: trained on the same budget, one of the two reached a lower loss (App. D.4, Figure A4).'
			}
		]
	},
	/**
	 * What each number check says to its known mistakes, by the keys of their values in $lib/quizzes/registry.ts.
	 * A reply explains the slip without giving the answer away.
	 */
	replies: {
		'gopher-compute': {
			published:
				'The paper gives Gopher’s budget as 5.76 × 10²³ FLOP, the figure Rae et al. reported, and Hoffmann et al.’s own fuller count comes to 6.3 × 10²³ (App. F). This check asks what the shortcut 6·N·D gives, which leaves out attention and other small terms: multiply it out.',
			'no-six':
				'That is N·D, parameters times tokens. Training costs about six FLOP per parameter per token: two in the forward pass and four in the backward pass.',
			'forward-only':
				'That counts only the forward pass, two FLOP per parameter per token. The backward pass costs four more.',
			'powers-of-ten':
				'A power of ten went missing: a billion is 10⁹, so write 280 B as 280 × 10⁹ and 300 B as 300 × 10⁹ before you multiply.'
		},
		'tenfold-approach1': {
			proportional:
				'Ten times the model would put all of the new compute into parameters, an exponent of 1, and leave the tokens where they were. With a = 0.50 the factor of ten is shared between parameters and tokens.',
			'times-exponent':
				'That multiplies the factor of ten by the exponent. A power law raises it to the exponent: the model grows by 10 to the power a.',
			kaplan: 'That is Kaplan et al.’s exponent, 0.73, at work. Approach 1 found a = 0.50.',
			exponent: 'That is the exponent a itself. The question asks by what factor the model grows: 10 to the power a.'
		},
		'exponent-a': {
			unrounded:
				'Table 2 prints 0.46 for Approach 3, and the constants before rounding give nearly that. This check asks what the printed, rounded α = 0.34 and β = 0.28 give, and rounding the constants is enough to move the exponent.',
			b: 'That is b = α/(α+β), the exponent of the tokens. The model’s exponent a has β on top.',
			kaplan:
				'0.73 is Kaplan et al.’s exponent, from another study and another fit. Work a out from this fit’s α and β.',
			half: '0.5 is the rounded headline; Approach 1 found 0.50. This fit’s own constants give a slightly different value: work out β/(α+β).',
			'beta-over-alpha': 'That is β/α. The denominator of a is the sum of both exponents, α + β.'
		},
		'source-model': {
			source:
				'One billion is the blog post’s own answer. It comes from the post’s budget rule C = N·D with its 10²¹ FLOP and 10¹² tokens, so N = C/D. No budget is needed here: at 20 tokens per parameter the tokens alone fix the model.',
			'tenfold-tokens':
				'That starts from 10¹² tokens, the post’s misreading of “1000亿”. 亿 is 10⁸, so 100 billion tokens are 10¹¹.',
			'times-20':
				'That multiplies by 20. Twenty tokens per parameter means D = 20 N: the model has twenty times fewer parameters than the data has tokens.',
			tokens: 'That is the number of tokens, not of parameters. Each parameter gets twenty tokens.',
			'square-root': 'That takes the post’s N ∝ √D as N = √D. The paper’s rule is a ratio: D = 20 N.'
		},
		'half-size-overhead': {
			'token-factor':
				'That is about the token factor k_D (or k_D − 1): how many times the optimal tokens the half-size model reads. Its compute is k_N·k_D times the optimum’s, and k_N is 0.5.',
			total:
				'That looks like k_N·k_D, the half-size model’s compute as a multiple of the optimum’s. The overhead is only the part beyond the optimum: k_N·k_D − 1.',
			epoch:
				'That is the overhead under Epoch’s refit, the fit the essay’s figures start on. The question asks for the printed Approach-3 fit, α = 0.34 and β = 0.28.',
			'percent-sign':
				'Check the % sign: with it, that is a fraction of one per cent. Type a fraction without the sign (0.25) or a percentage with it (25%).'
		},
		'llama-ratio': {
			chinchilla:
				'20 is Chinchilla’s ratio, the compute-optimal one. The question asks what Llama 3.1 8B was actually trained with: divide its tokens by its parameters.',
			units: 'Mind the units: 15 T is 15 trillion and 8 B is 8 billion, and a trillion is a thousand billion.',
			inverse: 'That is parameters per token, the ratio upside down. Divide the tokens by the parameters.'
		},
		'four-epochs': {
			'all-fresh':
				'That counts every pass as fresh data. By Muennighoff et al.’s equation a repeated token is worth a little less than a new one.',
			'r-is-epochs': 'That takes R = 4. Four epochs are one first pass and three repetitions, so R = 3.',
			'repeats-only':
				'That is what the repetitions alone are worth. Add the first pass, the 100 B unique tokens themselves.',
			worthless:
				'That counts the repetitions as worth nothing. Up to about four epochs a repeated token is worth almost as much as a fresh one.'
		},
		'tenfold-epoch': {
			proportional:
				'Ten times the model would put all of the new compute into parameters, an exponent of 1. Epoch’s refit shares the factor of ten between parameters and tokens.',
			'times-exponent':
				'That multiplies the factor of ten by the exponent. A power law raises it to the exponent: the model grows by 10 to the power a.',
			kaplan:
				'That is Kaplan et al.’s exponent, 0.73, at work. Epoch’s refit has its own a = β/(α+β), from the α and β in the question.',
			exponent: 'That is the exponent a itself. The question asks by what factor the model grows: 10 to the power a.'
		},
		'source-compute': {
			'no-six': 'That is N·D, the post’s C = N·D. Training costs about six FLOP per parameter per token.',
			'forward-or-zetta':
				'10²¹ is 2·N·D, the forward pass alone, and also what the post took a zettaFLOP/s-day to be. The backward pass costs four more FLOP per parameter per token.',
			'zetta-day':
				'That is a zettaFLOP/s-day, the budget the post names, converted correctly. The question asks what this run costs, which is far less.',
			'tenfold-tokens': 'That uses 10¹² tokens, the post’s misreading of “1000亿”; 100 billion tokens are 10¹¹.'
		},
		'one-epoch-plan': {
			'no-six':
				'That is the budget divided by the tokens, C/D. Training costs six FLOP per parameter per token, so N = C/(6·D).',
			'compute-optimal':
				'That is the compute-optimal model, which would read the 300 B unique tokens more than four times. With one epoch allowed, the data binds: the model sees each token once.',
			'four-epochs':
				'That is the plan with four epochs allowed. With one, the model sees only the 300 B unique tokens, and the budget left over goes into parameters.',
			twenty:
				'That gives the 300 B tokens 20 tokens per parameter, and leaves most of the budget unspent. The plan spends all of it: 6·N·D = C with D fixed at 300 B.'
		},
		'cluster-budget': {
			'no-mfu':
				'That is the cluster at its full peak, every second. A real run reaches only its utilisation, 40% of the peak here.',
			'sparse-peak':
				'That uses the data sheet’s 1,979 TFLOP/s, which counts sparsity. Dense training runs at the dense peak, 989 TFLOP/s.',
			hours: 'The peak is per second: count the 30 days in seconds, 86,400 to a day, not in hours.',
			'one-accelerator': 'That is the budget of one accelerator. The lab has 512 of them.',
			percent: 'A utilisation of 40% is the fraction 0.4, not 40.'
		},
		'llama2-compute': {
			'no-six':
				'That is N·D, parameters times tokens. Training costs about six FLOP per parameter per token: two in the forward pass and four in the backward pass.',
			'forward-only':
				'That counts only the forward pass, two FLOP per parameter per token. The backward pass costs four more.',
			'powers-of-ten':
				'A power of ten went missing: 70 B is 7 × 10¹⁰ and 2.0 T is 2 × 10¹², so write them so before you multiply.'
		},
		'exponent-two-rows': {
			'no-log':
				'That divides one ratio by the other, 10 by about 101.7. A power law turns ratios into an exponent through logarithms: divide the log of the size ratio by the log of the compute ratio.',
			inverse:
				'That is the division upside down. a says how fast N grows with C, so the log of the size ratio goes on top.',
			kaplan: 'That is Kaplan et al.’s exponent, 0.73. These two rows of Table 3 give Approach 1’s own.'
		},
		'exponent-hundredfold': {
			half: 'That is the prediction with a = 0.50, a factor of ten. With a = 0.46 the factor is 100 to the power 0.46.',
			kaplan: 'That uses Kaplan et al.’s 0.73. Part 1 asks first for a = 0.46.',
			'times-exponent':
				'That multiplies the hundredfold by the exponent. A power law raises it to the exponent: 100 to the power 0.46.',
			'printed-law':
				'That is what the printed Approach-3 law itself gives at 5.76 × 10²⁵ FLOP, from its own starting point. Part 1 starts from Approach 1’s 67 B and moves it with the exponent alone.'
		},
		'loss-terms-ratio': {
			inverse:
				'That is α/β, the ratio upside down. The balance αA·N^−α = βB·D^−β makes the model term over the data term β/α.',
			'fraction-a':
				'That is a, the model term’s share of the whole reducible loss. The question asks for the ratio of the two terms.',
			'fraction-b':
				'That is b, the data term’s share of the reducible loss, not the ratio of the model term to the data term.'
		},
		'doubling-share': {
			remaining:
				'That is what is left after a doubling, 2^−γ of the reducible loss. The question asks what one doubling removes.',
			gamma: 'That is γ itself, the exponent. A doubling multiplies the reducible loss by 2 to the power −γ.',
			half: 'Halving the reducible loss takes many doublings, not one: each multiplies it by 2 to the power −γ, a factor close to 1.'
		},
		'tokens20-model': {
			'no-twenty':
				'That is √(C/6), a model that reads as many tokens as it has parameters. At 20 tokens per parameter C = 6·N·20N = 120N².',
			'no-six':
				'That is √(C/20): the 20 tokens per parameter are in, the six FLOP per parameter per token are not. C = 6·N·D with D = 20N.',
			tokens: 'That is the number of tokens, D = 20N. The question asks for the parameters.',
			'no-root': 'That is C/120, which is N², not N: take the square root.'
		},
		'post-compute': {
			'no-six': 'That is N·D, the post’s own C = N·D. Training costs about six FLOP per parameter per token.',
			'forward-only':
				'That counts only the forward pass, two FLOP per parameter per token. The backward pass costs four more.',
			'source-budget':
				'That is the post’s budget, 10²¹ FLOP, its reading of a zettaFLOP/s-day. The question asks what its 1 B model on 100 B tokens actually costs.',
			'tenfold-tokens': 'That uses 10¹² tokens, the post’s misreading of “1000亿”; 100 billion tokens are 10¹¹.'
		},
		'half-size-break-even': {
			saving:
				'That prices each served token’s saving at the optimum’s whole 2·N. The smaller model still costs 2·k_N·N per token: the saving is 2·(1 − k_N)·N, here N.',
			'flop-ratio':
				'That weighs a served token like a trained one. Training costs six FLOP per parameter per token and serving two, so T = 3·o·D_opt/(1 − k_N).',
			multiple:
				'That is T as a multiple of D_opt. The question asks for a number of tokens: multiply by the optimum’s own tokens.',
			'optimum-tokens': 'That is D_opt, the optimum’s training tokens, not the break-even. T = 3·o·D_opt/(1 − k_N).'
		},
		'llama2-7b-overhead': {
			epoch: 'That is the overhead under Epoch’s refit. This box checks the printed Approach-3 fit’s.',
			total:
				'That is Llama 2 7B’s compute as a multiple of the cheapest model’s, 1 + o. The overhead is the part beyond it.'
		},
		'kaplan-direct-size': {
			'c-not-cmin':
				'That puts the whole budget where Kaplan’s formula has C_min. Trained at the critical batch size a run costs about twice C_min (Kaplan §6), so C_min = C/2 here.',
			approach1: 'That is Approach 1’s size, part 2’s answer. Part 1 asks for Kaplan’s rule.',
			trained:
				'That is the size App. D.4 then trained, with a shape close to the rule’s. The rule itself predicts a little less: compute it.'
		},
		'sixteen-epochs': {
			'r-is-epochs': 'That takes R = 16. Sixteen epochs are one first pass and fifteen repetitions, so R = 15.',
			fresh: 'That counts every pass as fresh data. By Muennighoff et al.’s equation a repeated token is worth less.',
			'repeats-only':
				'That leaves out the first pass. D′ = U + U·R*·(1 − e^(−R/R*)): the unique tokens themselves count once in full.',
			multiple:
				'That looks like D′/U, the sixteen epochs’ worth in units of the unique data. The question asks for a share of sixteen fresh epochs: divide by 16.'
		},
		'approach1-token-exponent': {
			inverse: 'That is 1/b, the fit turned around: FLOP against tokens. Fitting tokens against FLOP gives b itself.',
			kaplan: 'That is Kaplan et al.’s b, 0.27. Table 3 lies on budget lines, so its token exponent is 1 − a.',
			negative:
				'That is −a. Along one budget line the tokens fall as the model grows, but across Table 3’s rows both grow: D ∝ C^(1 − a).'
		}
	},
	progressHeading: 'Your quick checks',
	progress: (done: number, total: number) => `You have answered ${done} of ${total} quick checks in this browser.`,
	progressNone: (total: number) =>
		`The essay has ${total} quick checks; the ones you answer are ticked here, in this browser only.`,
	progressChapter: (done: number, total: number) => `${done} of ${total}`,
	clear: 'Forget my answers',
	cleared: 'Forgotten: nothing is stored now.',
	/** A problem's link to its figure, opened in the problem's state ($lib/components/FigureLink.svelte). */
	openFigure: 'Open the figure in this problem’s state',
	printSpace: 'Answer:'
};

export type QuizMessages = typeof quiz;
export default quiz;
