// The planner's words: loaded with the planner only. Part of the Chinese interface strings (./index.ts has the rest).
import type { PlanMessages } from '../en/plan';

export const plan: PlanMessages = {
	caption:
		'规划一次训练：预算（由你的集群推算，或直接以 FLOP 给出）、你手头的不重复词元以及最多愿意重复几轮、模型一生中将要服务的词元数。方案会用满整个预算，6·N·D = C；旁边是你可能改用的几条规则在同样条件下的数字。下方的图把方案画在等损失曲线图上，并画出预算的等算力线、数据上限，以及在同样的数据与需求下各个预算的方案。',
	hint: '输入数值后按 Enter；输入“不限”即取消上限。载入一个算例会替换所有输入。',
	budgetHeading: '预算',
	clusterHeading: '你的集群',
	setFromCluster: '按集群设定预算',
	countInvalid: (max: string) => `加速器数量请输入 1 到 ${max} 之间的整数。`,
	daysInvalid: (min: string, max: string) => `天数请输入 ${min}（1 小时）到 ${max} 之间的数。`,
	mfuInvalid: '利用率请输入 1 到 100 之间的数（百分比）。',
	clusterOutOfRange: (flop: string, range: string) =>
		`这个集群能提供 ${flop} FLOP，超出了规划器覆盖的预算范围（${range}）。`,
	dataHeading: '数据与需求',
	unique: '不重复词元',
	epochs: '最多轮数',
	serve: '模型一生中服务的词元',
	apply: '规划',
	unlimited: '不限',
	nothing: '无',
	unlimitedWords: ['不限', '无限', '无上限', 'unlimited', '∞'],
	uniqueInvalid: (min: string, max: string) => `不重复词元请输入 ${min} 到 ${max} 之间的数，或输入“不限”。`,
	epochsInvalid: (max: string) => `轮数请输入 1 到 ${max} 之间的数，或输入“不限”。`,
	serveInvalid: (max: string) => `服务的词元数请输入 0 到 ${max} 之间的数。`,
	worked: '载入一个算例：',
	workedNames: { university: '大学实验室', startup: '创业公司', serving: '服务型实验室' },
	cardTitle: '训练方案',
	inputsLine: (budget: string, cluster: string, unique: string, epochs: string, serve: string, fit: string) =>
		`预算 ${budget} FLOP，集群：${cluster}；不重复词元：${unique}；最多轮数：${epochs}；服务词元：${serve}；拟合：${fit}。`,
	cluster: (count: string, accelerator: string, mfu: string) => `${count} 块 ${accelerator}（MFU ${mfu}）`,
	bindingLead: '起约束作用的是：',
	bindingEnd: '。',
	join: '',
	nearZero: '≈ 0',
	bindingName: { compute: '算力', data: '数据', inference: '推理' },
	keyOpen: '（',
	keyClose: '）',
	reasons: {
		'compute-optimal': '只有预算起约束作用：数据充足、无需服务，方案就是所选拟合的计算最优模型。',
		'repeated-data':
			'只有预算起约束作用，但方案要在你的不重复数据上训练不止一轮（在你允许的轮数之内）。重复的词元不如新鲜词元值钱，所以模型比计算最优略大。',
		inference:
			'推理起约束作用：一个更小、训练词元更多的模型在整个生命周期里更便宜，所以方案牺牲一点损失，换来一个服务起来更便宜的模型。',
		'inference-repeated-data':
			'推理起约束作用：一个更小、训练词元更多的模型在整个生命周期里更便宜，而多出来的词元意味着在你的不重复数据上训练不止一轮（在你允许的轮数之内）。',
		'data-limit':
			'数据起约束作用：这个预算下最好的模型需要把你的不重复数据过更多轮，超出了你允许的上限；所以方案恰好训练到上限，把剩下的预算花在更大的模型上。',
		'data-limit-inference':
			'数据起约束作用：如果无需服务，你的数据本来够用；但服务需求所要的那个更小、训练更久的模型需要的轮数超出了你允许的上限，所以方案恰好训练到上限。'
	},
	options: {
		plan: '你的方案',
		computeOptimal: '计算最优',
		tokens20: '每参数 20 个词元',
		kaplan2020: 'Kaplan 的规则'
	},
	optionHeader: '方案',
	rows: {
		params: '参数量 N',
		tokens: '训练词元 D',
		epochs: '不重复数据的轮数',
		tokensPerParam: '每参数词元数',
		loss: '预期损失',
		days: '在集群上的训练天数',
		lifetime: '全生命周期算力（FLOP）',
		lossDelta: '损失与方案之差',
		lifetimeRatio: '全生命周期算力与方案之比'
	},
	freshOnly: '无重复',
	overLimit: '超出上限',
	same: '—',
	times: (x: string) => `${x} 倍`,
	interval: (level: string, low: string, high: string, count: string) =>
		`预期损失的 ${level} 区间：${low} 到 ${high}，来自 Epoch 拟合在这些训练上的 ${count} 次自助法重拟合。`,
	noInterval: '这个拟合没有可重抽样的训练，所以方案没有区间；Epoch 的拟合有。',
	days: (days: string, cluster: string) => `用 ${cluster}训练需要 ${days} 天。`,
	lifetime: (total: string, share: string) => `模型一生共耗 ${total} FLOP，其中服务占 ${share}。`,
	map: '方案在等损失曲线图上的位置：预算的等算力线、数据上限，以及其他预算下的方案',
	budgetLine: '你的预算',
	dataLimit: '数据上限（不重复词元 × 轮数）',
	path: '其他预算下的方案',
	frontier: '计算最优前沿',
	planLabel: '方案',
	spread: '重拟合下的方案',
	print: '打印方案卡',
	downloadJson: '下载 JSON',
	downloadCsv: '下载 CSV',
	printUrl: '这个方案的在线版本：',
	guessQuestion: (cluster: string, days: string, unique: string, epochs: string, serve: string) =>
		`先猜一猜：${cluster}，训练 ${days} 天；不重复词元：${unique}，最多训练 ${epochs} 轮；要服务的词元：${serve}。模型应该有多少参数？`,
	guessLabel: '你的猜测',
	guessValue: (params: string) => `${params}${/\d$/.test(params) ? ' ' : ''}个参数`,
	guessVerdict: (guess: string, params: string, ratio: string) =>
		`你猜的是 ${guess}${/\d$/.test(guess) ? ' ' : ''}个参数；方案给出 ${params}，是你猜测的 ${ratio}。`
};

export default plan;
