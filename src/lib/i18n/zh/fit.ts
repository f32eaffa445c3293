// The fitter's words: loaded with the fitter only. Part of the Chinese interface strings (./index.ts has the rest).
import type { FitMessages } from '../en/fit';

export const fit: FitMessages = {
	caption:
		'在真实的训练结果上运行方法三，直接在你的浏览器里拟合：L = E + A/Nᵅ + B/Dᵝ，按论文的做法（对对数损失取 Huber 损失，从 4500 个起点组成的网格出发运行 L-BFGS）或 Epoch 的做法（采用 Huber 误差模型并拟合尺度参数的最大似然）拟合最终损失。表格把这次拟合与论文公布的常数及 Epoch 的常数并列；图中画出各自对应的计算最优模型规模，超出这些训练范围的区域画有斜线。',
	hint: '更改方法、Huber δ、纳入哪些训练、噪声或舍入，看指数如何变化；用自助法（bootstrap）求区间；也可以粘贴你自己的训练结果。',
	data: '训练结果',
	chinchilla: 'Chinchilla 的（Epoch 读取值）',
	yours: '你的（粘贴在下方）',
	subset: '纳入哪些训练',
	subsets: { all: '所有预算', small: '低于 10²⁰ FLOP', large: '10²⁰ FLOP 及以上' },
	dropOutliers: '剔除损失最高的 5 次训练（与 Epoch 的做法相同）',
	method: '方法',
	methods: {
		paper: '论文的做法：Huber 损失，从网格出发运行 L-BFGS',
		epoch: 'Epoch 的做法：拟合尺度参数的似然'
	},
	grid: '起点',
	grids: { paper: '论文的 4500 个', quick: '每十个取一个（450 个）' },
	delta: 'Huber δ',
	noise: '给损失加入的噪声',
	noiseValue: (percent: string) => (percent === '0%' ? '无' : `±${percent}`),
	decimals: 'α 和 β 保留到',
	decimalsValue: (d: number) => (d === 0 ? '不舍入' : `${d} 位小数`),
	fitting: (done: string, total: string) => `正在拟合……已完成 ${done} / ${total} 个起点`,
	bootstrapping: (done: string, total: string) => `正在自助重采样……已完成 ${done} / ${total} 次重采样`,
	fitted: (runs: number, seconds: string, converged: number, starts: number) =>
		`已用 ${seconds} 秒拟合 ${runs} 次训练（${starts} 个起点中有 ${converged} 个收敛）。`,
	prerendered: (runs: number) => `已拟合 ${runs} 次训练。`,
	notConverged: '没有任何起点收敛：这些数字只说明拟合的走向，并不是最优解。',
	tooFew: (runs: number) => `${runs} 次训练太少：方法三有五个未知数，至少需要 6 次训练。`,
	underdetermined: (runs: number, budgets: number, needRuns: number, needBudgets: number) =>
		`训练太少，这个拟合不可信：五个未知数只有 ${runs} 次训练，分布在 ${budgets} 个算力预算上。值得一读的拟合至少需要 ${needRuns} 次训练（每个未知数 3 次），分布在至少 ${needBudgets} 个预算上；训练再少，多一次或少一次训练都可能让每个常数大幅变化。`,
	staleFitting: '正在拟合……下面仍是上一次拟合的数字。',
	staleRefused: '没有重新拟合：下面是上一次拟合的数字，用的是另外的训练或设置。',
	failed: (message: string) => `拟合失败：${message}`,
	table: '拟合常数与论文公布值及 Epoch 值的对照',
	parameter: '常数',
	thisFit: '本次拟合',
	interval: '95% 自助区间',
	printed: '论文公布值',
	epoch: 'Epoch（已发表）',
	noInterval: '没有区间：训练太少',
	exponentA: 'a = β/(α+β)：N_opt ∝ Cᵃ',
	exponentB: 'b = α/(α+β)：D_opt ∝ Cᵇ',
	approach2: '在这些训练上运行方法二',
	approach2Value: (a: string, low: string, high: string, budgets: number) =>
		`a = ${a}（95% 区间 ${low}–${high}，基于 ${budgets} 个 IsoFLOP 预算的最低点）`,
	approach2NoInterval: (a: string, budgets: number) =>
		`a = ${a}（没有区间：穿过 ${budgets} 个 IsoFLOP 最低点的直线无从检验，至少需要 3 个最低点才能给出区间）`,
	approach2None: '有最低点的 IsoFLOP 预算太少，无法拟合直线',
	bootstrap: '自助法',
	resamples: '重采样次数',
	runBootstrap: '重采样并重新拟合',
	bootstrapped: (count: number, seconds: string) => `已用 ${seconds} 秒完成 ${count} 次重采样与重新拟合。`,
	frontierChart: '本次拟合、论文公布的拟合与 Epoch 拟合各自的计算最优模型规模随算力的变化',
	frontierY: '显示',
	frontierParams: '最优参数量',
	frontierRatio: '每参数词元数',
	thisFitLine: '本次拟合',
	printedLine: '论文公布值',
	epochLine: 'Epoch',
	band: '95% 自助区间带',
	atGopher: (params: string, low: string, high: string) =>
		`在 Gopher 的预算下，本次拟合的计算最优参数量为 ${params}；自助法给出的范围是 ${low}–${high}。`,
	atGopherNoBand: (params: string) => `在 Gopher 的预算下，本次拟合的计算最优参数量为 ${params}。重采样可以得到区间。`,
	atGopherNoInterval: (params: string) =>
		`在 Gopher 的预算下，本次拟合的计算最优参数量为 ${params}；训练太少，自助法给不出区间。`,
	ownHeading: '拟合你自己的训练结果',
	ownHelp:
		'每行一次训练：参数量、词元、损失（或用一行表头注明 N、D 或 C，以及 loss）。数字可以写成 400e6、700 亿或 1.4 万亿。数据不会离开你的浏览器。',
	ownLabel: '你的训练结果（CSV）',
	ownFile: '或打开一个 CSV 文件',
	ownUse: '拟合这些训练结果',
	ownRead: (good: number, bad: number) => `已读取 ${good} 次训练${bad ? `，跳过 ${bad} 行` : ''}。`,
	ownExample: '粘贴示例',
	useEverywhere: '在所有图中使用这个拟合',
	usedEverywhere: '所有随你的设置变化的图现在都使用这个拟合（即其菜单中的“你的拟合”）。'
};

export default fit;
