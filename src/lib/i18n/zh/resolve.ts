// The Kaplan–Chinchilla figure's words (issue 25): loaded with that figure only. Part of the Chinese interface strings
// (./index.ts has the rest).
import type { ResolveMessages } from '../en/resolve';

export const resolve: ResolveMessages = {
	caption:
		'在 Porian 等人的训练结果上，把 Kaplan 的指数变成 Chinchilla 的指数。左图：某一种训练设置下，每个算力预算的损失随模型规模的变化（颜色由浅到深，对应预算由小到大），每个预算取损失最低点附近的几次训练拟合一条抛物线（实心点；空心点不参与拟合），并标出其最低点。右图：这些最低点随算力的变化，以及穿过它们的幂律 N_opt ∝ Cᵃ，这里的拟合与作者自己的拟合并列。下方：论文路径上每一步的 a。',
	hint: '按顺序逐项勾选修正；可以切换数据集，也可以改为同时计入注意力的 FLOP。',
	chart: '所选设置下，每个算力预算的最终损失随模型规模的变化，以及各预算的抛物线和最低点',
	optimaChart: '计算最优模型规模随算力的变化：我们的最低点及穿过它们的直线，作者的最优点及其直线',
	pathChart: '路径上每一步的指数 a：我们的值及其重抽样区间，与作者的值并列',
	corrections: {
		head: {
			label: '计入输出头的 FLOP',
			phrase: '计入输出头的算力',
			short: '输出头',
			detail:
				'Kaplan 等人既不计嵌入层，也不计把模型输出变成词表上各词得分的最后一层（即输出头）；标准计数把输出头计入 N 和 C。按这种计数发布的结果用的是留出集损失，所以这一步同时也从训练损失换成了留出集损失。',
			detailAttention:
				'Kaplan 等人既不计嵌入层，也不计输出头；这种计数把输出头和注意力的 FLOP 都计入 N 和 C。损失仍是训练损失。'
		},
		warmup: {
			label: '缩短预热',
			phrase: '缩短预热',
			short: '预热',
			detail: 'Kaplan 的长学习率预热，换成随模型规模缩放的短预热。'
		},
		decay: {
			label: '衰减与每个预算相匹配',
			phrase: '让衰减与每个预算相匹配',
			short: '衰减',
			detail:
				'一条为比这里任何一次训练都长的训练设定、在每次训练停止时被截断的长余弦调度，换成恰在训练结束时走完的余弦衰减。'
		},
		tuned: {
			label: '调好的 AdamW，恒定学习率',
			phrase: '针对规模调好 AdamW 的超参数',
			short: '调参',
			detail: '针对每个模型规模调好 AdamW 的 β2、学习率和批量大小，并用恒定学习率代替任何衰减。'
		}
	},
	kaplan: 'Kaplan',
	switches: '各项修正（按论文的顺序）',
	dataset: '数据集',
	datasets: { rw: 'RefinedWeb', owt2: 'OpenWebText2' },
	attention: '同时计入注意力的 FLOP',
	attentionRefinedWeb: '计入注意力的设置只在 RefinedWeb 上训练过。',
	follows:
		'作者只沿论文的路径训练过，一次只改一项（在 RefinedWeb 上还单独试过调参）：勾选一项修正，会同时勾选它所依赖的各项；取消一项，会同时取消依赖它的各项。',
	locked: '请先确认一个猜测：确认之后这些开关才能使用。',
	config: '当前设置（按数据文件的写法）',
	result: (ours: string, authors: string) => `N_opt ∝ Cᵃ，这里拟合出 a = ${ours}；作者的拟合为 ${authors}。`,
	noResult: '有最低点的预算不足两个：无法拟合直线。',
	interval: (low: string, high: string) =>
		`在每个预算内对各次训练重抽样，得到 95% 区间 ${low} 至 ${high}。它衡量的是这些训练本身的离散程度，而不是两种求最低点的方法之间的差别`,
	authorsInside: '；作者的值落在区间之内。',
	authorsOutside: '；作者的值落在区间之外，可见两种方法的差别大于这种离散。',
	tokensPerParam: (budget: string, ours: string, authors: string) =>
		`在 ${budget} FLOP 下，两条拟合直线给出的最优点每参数词元数：这里为 ${ours}，作者的为 ${authors}。`,
	method: (window: string) =>
		`这里的拟合：对每个预算，取损失不超过其最低损失 ${window} 的各次训练，拟合一条关于 log N 的抛物线。作者则对一个预算的全部训练的 log 损失做插值，并取多次加噪重抽样所得最低点的中位数；图中作者的数字读自他们自己的结果文件（porian-fits.json）。`,
	below: (gap: string) =>
		`我们的值比作者的低 ${gap}。曲线底部不对称时，作者的插值会跟着它走，而对称的抛物线不会：这就是为什么在大多数设置下我们的值略低于作者的。`,
	above: (gap: string) => `我们的值比作者的高 ${gap}。`,
	smallestBudget: (budget: string, ours: string, theirs: string, without: string, authorsWithout: string) =>
		`这一差距大部分来自一个预算：在最小的 ${budget} FLOP 下，几个规模间距不均的训练达到了几乎相同的损失，底部在哪里很难确定（抛物线给出 ${ours}，作者给出 ${theirs}）。去掉这个预算，这里的 a = ${without}，作者的为 ${authorsWithout}。`,
	effect: (
		small: string,
		smallBefore: string,
		smallAfter: string,
		large: string,
		largeBefore: string,
		largeAfter: string
	) =>
		`这一步让我们的 N_opt 在 ${small} FLOP 下从 ${smallBefore} 变为 ${smallAfter}，在 ${large} FLOP 下从 ${largeBefore} 变为 ${largeAfter}。`,
	offPath: '单独调参不是论文路径上的一步：下面画的是 RefinedWeb 的路径，供比较。',
	path: '沿路径的指数',
	pathLocked: '确认猜测之后，这里会显示整条路径。',
	pathNoJs: '显示路径（它会揭晓上面问题的答案）',
	step: '步骤',
	pathTokens: (budget: string, ours: string, authors: string) =>
		`在 ${budget} FLOP 下，逐步的每参数词元数：这里为 ${ours}；作者的拟合为 ${authors}。它并不稳步变化：第一步之后 N 本身的计数方式就变了，而且每条直线都是用各自的训练结果拟合的。`,
	ours: '这里的拟合',
	authors: '作者的',
	smallBudgets: '较小的预算',
	largeBudgets: '较大的预算',
	near: '最低点附近的训练',
	far: '较远、不参与拟合的训练',
	overTop: (count: number, loss: string) =>
		`另有 ${count} 次训练在图的上方（损失最高到 ${loss}），都不在抛物线的拟合范围内。`,
	lineLabel: (a: string) => `a = ${a}`,
	authorsLineLabel: (a: string) => `作者 ${a}`,
	download: '下载这些训练的结果（CSV）',
	downloadFits: '作者的拟合（JSON）',
	budget: '预算 C（FLOP）',
	runs: '训练次数',
	inWindow: '最低点附近',
	optN: '这里的 N_opt',
	authorsN: '作者的 N_opt',
	ratio: '这里的 D/N',
	authorsRatio: '作者的 D/N',
	exponentHeader: '这里的 a',
	intervalHeader: '95% 区间',
	authorsHeader: '作者的 a',
	problems: { 'too-few': '训练次数太少', 'no-minimum': '没有最低点', outside: '最低点在这些训练的规模之外' },
	guess: {
		question: '先猜一猜：四项修正把 Kaplan 的设置变成 Chinchilla 的设置。沿着论文的路径，哪一项让指数 a 下降得最多？',
		right: (phrase: string, from: string, to: string, oursFrom: string, oursTo: string) =>
			`猜对了：${phrase}是最大的一步，在作者的拟合中从 ${from} 降到 ${to}（这里拟合为 ${oursFrom} 降到 ${oursTo}）。`,
		wrong: (
			phrase: string,
			rank: string,
			from: string,
			to: string,
			largest: string,
			largestFrom: string,
			largestTo: string
		) =>
			`不是这一项：${phrase}是${rank}的一步，在作者的拟合中从 ${from} 降到 ${to}。最大的一步是${largest}，从 ${largestFrom} 降到 ${largestTo}。`,
		ranks: ['最大', '第二大', '第三大', '最小'],
		head: '在小模型上，输出头占了模型的很大一部分，计数方式一变，N 和 C 的含义也就变了。',
		warmup: '长预热会占去小预算下那些短训练的一大部分：缩短它，小预算的最优点抬高得远比大预算的多。',
		decay: '作者发现精心设计的衰减并非必不可少：他们的最后一步干脆用恒定学习率取代了它。',
		tuned: (from: string, to: string) =>
			`如果放在第一步单独做，调参会让 a 从 ${from} 降到 ${to}，降幅几乎一样大：一步能让 a 降多少，取决于它前面做了哪些步。`,
		unlocked: '现在这些开关归你操作了。'
	}
};

export default resolve;
