// The quick checks' words: loaded with a quick check, not with every figure. Part of the Chinese interface strings
// (./index.ts has the rest).
import type { QuizMessages } from '../en/quiz';

export const quiz: QuizMessages = {
	title: '小测',
	yourAnswer: '你的答案',
	check: '检查',
	showAnswer: '查看答案',
	showSolution: '查看详解',
	answeredBefore: '你之前答过这道题。',
	// What each unit accepts, said when the reader's text is not a number in it.
	examples: {
		params: '参数量，例如“70 亿”或“7e9”',
		tokens: '词元数，例如“2 万亿”或“2e12”',
		compute: '以 FLOP 计的算力，例如“1e22”或“1 × 10^22”',
		ratio: '一个数，例如“3.2”',
		loss: '以奈特/词元计的损失，例如“2.5”',
		percent: '百分比，例如“25%”',
		plain: '一个数，例如“0.1”'
	},
	empty: '请先输入答案。',
	unreadable: (example: string) => `这道题读不懂这个输入：请输入${example}。`,
	right: (value: string) => `正确：你的答案（${value}）在容差范围之内。展开答案可查看推导过程。`,
	wrong: (high: boolean) => `还不对：偏${high ? '高' : '低'}了。再试一次，或者准备好了再展开答案。`,
	misconception: (reply: string) => `还不对。${reply}再试一次，或者准备好了再展开答案。`,
	fair: (reply: string) => `这个数本身没错，但不是这道题问的。${reply}再试一次，或者准备好了再展开答案。`,
	chooseFirst: '请先选择一个答案。',
	choiceRight: '正确。展开答案看看为什么。',
	choiceWrong: '不是这个。再试一次，或者准备好了再展开答案。',
	choiceWrongBecause: (reply: string) => `不是这个。${reply}再试一次，或者准备好了再展开答案。`,
	// The choices of each multiple-choice check, in order, each wrong one with its reply (as in ../en/quiz.ts).
	choices: {
		'n-with-d': [
			{
				text: 'N 随 D 的平方根增长',
				reply:
					'这正是本文所纠正的原文的失误。题中的平方根把每个量都与算力联系起来，而不是把 N 与 D 联系起来：把两者都写成 C 的幂，再比较。'
			},
			{ text: 'N 与 D 成正比增长' },
			{
				text: 'N 随 D 的平方增长',
				reply: '那需要 N 的指数是 D 的两倍，比如 N ∝ C 而 D ∝ √C。这里两者都随 √C 增长。'
			}
		],
		'which-approach': [
			{
				text: '方法一，每个预算下的最低损失',
				reply:
					'方法一几乎不做假设：它在每个预算下取所有训练达到的最低损失，再过这些最小值拟合幂律，对别处的损失不作任何断言。'
			},
			{
				text: '方法二，IsoFLOP 曲线',
				reply:
					'方法二只在每个预算的最小值附近假设一个形状：沿每条等算力线，损失是 ln N 的抛物线。离开最小值，它不作假设。'
			},
			{ text: '方法三，参数化损失' }
		],
		'alpha-much-smaller': [
			{ text: '几乎全部用于更大的模型' },
			{
				text: '几乎全部用于更多的数据',
				reply:
					'α 小，意味着参数那一项下降得慢：模型每增大一步换来的损失下降很少，所以要走很多步。想一想这时哪个旋钮要拧得更远，再看看 β 在 a = β/(α+β) 中的位置。'
			},
			{
				text: '仍然大约各占一半',
				reply:
					'各占一半来自 α ≈ β：只有两个指数相等时，a = β/(α+β) 才等于二分之一。α 远小于 β 时，这个比例离二分之一很远。'
			}
		],
		'larger-beta': [
			{ text: 'a 变大：最优模型随预算增长得更快' },
			{
				text: 'a 变小：最优模型增长得更慢',
				reply: '看看 β 在 a = β/(α+β) 中的位置：它在分子上，而在分母里只占一份。'
			},
			{
				text: 'a 不变',
				reply: 'a = β/(α+β) 取决于 β：只有 α 按比例一起增大时，它才不变。'
			}
		],
		'direct-test': [
			{
				text: 'Kaplan 的 47.4 亿',
				reply:
					'这正是 Kaplan 等人的规则所预测的，而这项实验正是为检验它而做的。预算固定时，每多一个参数都要用词元来换：想一想两者中哪一个词元不够。'
			},
			{ text: '方法一的 28.0 亿' },
			{
				text: '两者持平',
				reply: '两者并未持平：在同一预算下训练，其中一个达到了更低的损失（附录 D.4，图 A4）。'
			}
		]
	},
	// What each number check says to its known mistakes (as in ../en/quiz.ts), without giving the answer away.
	replies: {
		'gopher-compute': {
			published:
				'论文给出的 Gopher 预算是 5.76 × 10²³ FLOP，即 Rae 等人报告的数字；Hoffmann 等人自己更完整的计算得到 6.3 × 10²³（附录 F）。这道题问的是 6·N·D 这一简便估算给出多少，它略去了注意力等小项：请把它乘出来。',
			'no-six': '这是 N·D，参数量乘以词元数。训练时每个参数、每个词元大约花 6 次 FLOP：前向传播 2 次，反向传播 4 次。',
			'forward-only': '这只算了前向传播，每个参数、每个词元 2 次 FLOP。反向传播还要再花 4 次。',
			'powers-of-ten': '漏了 10 的幂：2800 亿是 2.8 × 10¹¹，3000 亿是 3 × 10¹¹，先这样写好再相乘。'
		},
		'tenfold-approach1': {
			proportional:
				'模型变为十倍，意味着新增的算力全部投入参数（指数为 1），词元数保持不变。当 a = 0.50 时，这十倍由参数和词元分摊。',
			'times-exponent': '这是把十倍乘以指数。幂律是取指数次幂：模型变为原来的 10 的 a 次方倍。',
			kaplan: '这是 Kaplan 等人的指数 0.73 给出的结果。方法一得到的是 a = 0.50。',
			exponent: '这是指数 a 本身。题目问的是模型变为原来的多少倍：10 的 a 次方。'
		},
		'exponent-a': {
			unrounded:
				'表 2 给出的方法三指数是 0.46，舍入之前的常数给出的值也接近它。这道题问的是论文公布的、舍入过的 α = 0.34 和 β = 0.28 给出什么，而常数的舍入就足以让指数变动。',
			b: '这是 b = α/(α+β)，即词元数的指数。模型的指数 a 分子是 β。',
			kaplan: '0.73 是 Kaplan 等人的指数，来自另一项研究、另一个拟合。请用这一拟合的 α 和 β 算出 a。',
			half: '0.5 是舍入后的结论，方法一得到 0.50。这一拟合自己的常数给出的值略有不同：算一算 β/(α+β)。',
			'beta-over-alpha': '这是 β/α。a 的分母是两个指数之和 α + β。'
		},
		'source-model': {
			source:
				'10 亿正是原文自己的答案。它来自原文的预算公式 C = N·D，代入原文的 10²¹ FLOP 和 10¹² 个词元，得 N = C/D。这里不需要预算：每参数 20 个词元，词元数本身就决定了模型。',
			'tenfold-tokens': '这是从 10¹² 个词元出发，也就是原文对“1000亿”的误读。亿是 10⁸，1000 亿词元是 10¹¹。',
			'times-20': '这是乘了 20。每参数 20 个词元意味着 D = 20 N：参数量只有词元数的二十分之一。',
			tokens: '这是词元数，不是参数量。每个参数分到 20 个词元。',
			'square-root': '这是把原文的 N ∝ √D 当成了 N = √D。论文的规则是一个比值：D = 20 N。'
		},
		'half-size-overhead': {
			'token-factor':
				'这大约是词元倍数 k_D（或 k_D − 1）：半规模模型读取的词元是最优词元的多少倍。它的算力是最优模型的 k_N·k_D 倍，而 k_N 是 0.5。',
			total: '这看起来是 k_N·k_D，即半规模模型的算力是最优模型的多少倍。额外开销只是超出最优的那一部分：k_N·k_D − 1。',
			epoch:
				'这是 Epoch 重新拟合下的开销，也就是本文各图默认使用的拟合。题目问的是论文公布的方法三拟合（α = 0.34，β = 0.28）。',
			'percent-sign':
				'注意百分号：加上它，这个值还不到百分之一。请输入不带百分号的小数（0.25）或带百分号的百分数（25%）。'
		},
		'llama-ratio': {
			chinchilla:
				'20 是 Chinchilla 的比值，即计算最优的比值。题目问的是 Llama 3.1 8B 实际的训练量：用它的词元数除以参数量。',
			units: '注意单位：15 万亿词元、80 亿参数，而 1 万亿是 1 亿的一万倍。',
			inverse: '这是每个词元对应的参数量，比值倒过来了。应该用词元数除以参数量。'
		},
		'four-epochs': {
			'all-fresh': '这把每一轮都当成了全新的数据。按 Muennighoff 等人的公式，重复的词元比新词元的价值略低。',
			'r-is-epochs': '这里取了 R = 4。四轮是第一轮加上三次重复，所以 R = 3。',
			'repeats-only': '这只是重复部分的价值。还要加上第一轮，也就是 1000 亿个不重复的词元本身。',
			worthless: '这把重复当成毫无价值。在大约四轮以内，重复的词元几乎和新词元一样有价值。'
		},
		'tenfold-epoch': {
			proportional:
				'模型变为十倍，意味着新增的算力全部投入参数（指数为 1）。Epoch 重新拟合把这十倍在参数和词元之间分摊。',
			'times-exponent': '这是把十倍乘以指数。幂律是取指数次幂：模型变为原来的 10 的 a 次方倍。',
			kaplan: '这是 Kaplan 等人的指数 0.73 给出的结果。Epoch 重新拟合有自己的 a = β/(α+β)，由题中的 α 和 β 算出。',
			exponent: '这是指数 a 本身。题目问的是模型变为原来的多少倍：10 的 a 次方。'
		},
		'source-compute': {
			'no-six': '这是 N·D，也就是原文的 C = N·D。训练时每个参数、每个词元大约花 6 次 FLOP。',
			'forward-or-zetta':
				'10²¹ 是 2·N·D，只算了前向传播，也恰好是原文以为的一个 zettaFLOP/s-day。反向传播每个参数、每个词元还要再花 4 次 FLOP。',
			'zetta-day': '这是一个 zettaFLOP/s-day，即原文给出的预算，换算是对的。题目问的是这次训练的花费，它要少得多。',
			'tenfold-tokens': '这用了 10¹² 个词元，即原文对“1000亿”的误读；1000 亿词元是 10¹¹。'
		},
		'one-epoch-plan': {
			'no-six': '这是预算除以词元数，即 C/D。训练时每个参数、每个词元约花 6 次 FLOP，所以 N = C/(6·D)。',
			'compute-optimal':
				'这是计算最优模型，它要把 3000 亿不重复词元过四轮以上。只允许一轮时，起约束作用的是数据：每个词元模型只见一次。',
			'four-epochs': '这是允许四轮时的方案。只允许一轮时，模型只能见到 3000 亿个不重复词元，剩下的预算都花在参数上。',
			twenty:
				'这是让 3000 亿词元按每参数 20 个词元来分配，大部分预算都没花掉。方案会用满预算：D 固定为 3000 亿，6·N·D = C。'
		},
		'cluster-budget': {
			'no-mfu': '这是集群每一秒都跑满峰值时的算力。实际训练只能达到它的利用率，这里是峰值的 40%。',
			'sparse-peak': '这用了数据手册上的 1979 TFLOP/s，那是按稀疏计算的数字。稠密训练按稠密峰值 989 TFLOP/s 计算。',
			hours: '峰值是每秒的算力：30 天要换算成秒（每天 86400 秒），而不是小时。',
			'one-accelerator': '这是一块加速器的预算。实验室有 512 块。',
			percent: '40% 的利用率是小数 0.4，而不是 40。'
		},
		'llama2-compute': {
			'no-six': '这是 N·D，参数量乘以词元数。训练时每个参数、每个词元大约花 6 次 FLOP：前向传播 2 次，反向传播 4 次。',
			'forward-only': '这只算了前向传播，每个参数、每个词元 2 次 FLOP。反向传播还要再花 4 次。',
			'powers-of-ten': '漏了 10 的幂：700 亿是 7 × 10¹⁰，2 万亿是 2 × 10¹²，先这样写好再相乘。'
		},
		'exponent-two-rows': {
			'no-log':
				'这是把一个比值除以另一个比值，即 10 除以约 101.7。幂律要靠对数把比值变成指数：用规模之比的对数除以算力之比的对数。',
			inverse: '这是把除法颠倒了。a 说的是 N 随 C 增长得多快，所以规模之比的对数在分子上。',
			kaplan: '这是 Kaplan 等人的指数 0.73。表 3 的这两行给出的是方法一自己的指数。'
		},
		'exponent-hundredfold': {
			half: '这是 a = 0.50 时的预测，即乘以 10。a = 0.46 时，倍数是 100 的 0.46 次方。',
			kaplan: '这用的是 Kaplan 等人的 0.73。第 1 小题先问的是 a = 0.46。',
			'times-exponent': '这是把一百倍乘以指数。幂律是取指数次幂：100 的 0.46 次方。',
			'printed-law':
				'这是论文公布的方法三定律本身在 5.76 × 10²⁵ FLOP 下给出的结果，起点是它自己的。第 1 小题的起点是方法一的 670 亿，只用指数来移动它。'
		},
		'loss-terms-ratio': {
			inverse: '这是 α/β，比值颠倒了。平衡条件 αA·N^−α = βB·D^−β 使模型项与数据项之比为 β/α。',
			'fraction-a': '这是 a，即模型项在全部可约损失中所占的比例。题目问的是两项之比。',
			'fraction-b': '这是 b，即数据项在可约损失中所占的比例，而不是模型项与数据项之比。'
		},
		'doubling-share': {
			remaining: '这是翻一番之后剩下的部分，即可约损失的 2^−γ。题目问的是翻一番消除了多少。',
			gamma: '这是 γ 本身，即指数。翻一番会让可约损失乘以 2 的 −γ 次方。',
			half: '让可约损失减半要翻很多番，而不是一番：每翻一番只乘以 2 的 −γ 次方，一个接近 1 的因子。'
		},
		'tokens20-model': {
			'no-twenty': '这是 √(C/6)，即读到的词元数与参数量相等的模型。每参数 20 个词元时，C = 6·N·20N = 120N²。',
			'no-six':
				'这是 √(C/20)：每参数 20 个词元算进去了，每个参数、每个词元的 6 次 FLOP 却没有。C = 6·N·D，其中 D = 20N。',
			tokens: '这是词元数 D = 20N。题目问的是参数量。',
			'no-root': '这是 C/120，它等于 N² 而不是 N：还要开平方。'
		},
		'post-compute': {
			'no-six': '这是 N·D，也就是原文的 C = N·D。训练时每个参数、每个词元约花 6 次 FLOP。',
			'forward-only': '这只算了前向传播，每个参数、每个词元 2 次 FLOP。反向传播还要再花 4 次。',
			'source-budget':
				'这是原文的预算 10²¹ FLOP，即它对一个 zettaFLOP/s-day 的理解。题目问的是它那个 10 亿参数、1000 亿词元的模型实际要花多少。',
			'tenfold-tokens': '这用了 10¹² 个词元，即原文对“1000亿”的误读；1000 亿词元是 10¹¹。'
		},
		'half-size-break-even': {
			saving:
				'这是把每个服务词元的节省算成了最优模型的全部 2·N。较小的模型每个词元仍要花 2·k_N·N：节省的是 2·(1 − k_N)·N，这里就是 N。',
			'flop-ratio':
				'这是把服务一个词元和训练一个词元等量齐观。训练时每个参数、每个词元花 6 次 FLOP，服务只花 2 次，所以 T = 3·o·D_opt/(1 − k_N)。',
			multiple: '这是 T 相对于 D_opt 的倍数。题目问的是词元数：还要乘以最优模型自己的词元数。',
			'optimum-tokens': '这是 D_opt，即最优模型的训练词元数，而不是持平点。T = 3·o·D_opt/(1 − k_N)。'
		},
		'llama2-7b-overhead': {
			epoch: '这是 Epoch 重新拟合下的额外算力。这个答题框检验的是论文公布的方法三拟合下的值。',
			total: '这是 Llama 2 7B 的算力相对于最便宜模型的倍数，即 1 + o。额外算力只是超出的那一部分。'
		},
		'kaplan-direct-size': {
			'c-not-cmin':
				'这是把整个预算放在了 Kaplan 公式中 C_min 的位置上。按临界批量大小训练时，一次训练的花费约为 C_min 的两倍（Kaplan §6），所以这里 C_min = C/2。',
			approach1: '这是方法一给出的规模，即第 2 小题的答案。第 1 小题问的是 Kaplan 的规则。',
			trained: '这是附录 D.4 随后实际训练的规模，形状与规则给出的接近。规则本身预测的略小一些：请把它算出来。'
		},
		'sixteen-epochs': {
			'r-is-epochs': '这里取了 R = 16。十六轮是第一轮加上十五次重复，所以 R = 15。',
			fresh: '这把每一轮都当作新鲜数据。按 Muennighoff 等人的公式，重复的词元价值更低。',
			'repeats-only': '这漏掉了第一轮。D′ = U + U·R*·(1 − e^(−R/R*))：不重复词元本身要完整地算一次。',
			multiple: '这看起来是 D′/U，即以不重复数据为单位的十六轮价值。题目问的是占十六轮新鲜数据的比例：还要除以 16。'
		},
		'approach1-token-exponent': {
			inverse: '这是 1/b，把拟合颠倒了：FLOP 对词元。用词元对 FLOP 拟合，得到的就是 b 本身。',
			kaplan: '这是 Kaplan 等人的 b，即 0.27。表 3 的各行都落在各自的预算线上，所以词元的指数是 1 − a。',
			negative: '这是 −a。沿着同一条预算线，模型增大时词元减少；但沿着表 3 的各行，两者都在增长：D ∝ C^(1 − a)。'
		}
	},
	progressHeading: '你的小测',
	progress: (done: number, total: number) => `你已在此浏览器中完成 ${total} 道小测中的 ${done} 道。`,
	progressNone: (total: number) => `本文共有 ${total} 道小测；你答过的会在这里打勾，仅保存在此浏览器中。`,
	progressChapter: (done: number, total: number) => `${done} / ${total}`,
	clear: '清除我的答案',
	cleared: '已清除：现在没有保存任何内容。',
	openFigure: '在本题的状态下打开对应的图',
	printSpace: '答案：'
};

export default quiz;
