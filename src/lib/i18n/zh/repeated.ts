// The repeated-data figure's words: loaded with that figure only. Part of the Chinese interface strings (./index.ts has
// the rest).
import type { RepeatedMessages } from '../en/repeated';

export const repeated: RepeatedMessages = {
	caption:
		'当不重复的数据用完时（Muennighoff 等人 2023）：U 个不重复词元训练多轮（epoch），相当于 D′ = U + U·R*·(1 − e^(−R/R*)) 个新鲜词元，其中 R = 轮数 − 1，R* ≈ 15.4。虚线是同样数量的新鲜词元的价值；曲线在几轮之后逐渐偏离，并趋于平坦，极限为 U·(1 + R*)。圆点是你的预算下计算最优模型所需的词元（超过 100 轮时为右边缘上的空心点）。R* 是 Muennighoff 等人与他们自己的损失常数一起拟合的：下方的损失把 D′ 代入所选拟合，只是近似。',
	hint: '调整你已有的不重复词元数，或调整你的预算。',
	unique: '你已有的不重复词元',
	chart: '在同一批不重复数据上，有效训练词元随轮数的变化，并与新鲜数据对比',
	xAxis: '轮数',
	yAxis: '词元（折合新鲜词元）',
	repeated: '重复数据',
	fresh: '新鲜数据',
	limit: '极限 U·(1 + R*)',
	need: '你的预算',
	needOff: (epochs: string) => `你的预算：${epochs} 轮 →`,
	enough: (tokens: string) => `你的预算下的计算最优模型需要的词元数为 ${tokens}：你的不重复数据足够，无需重复。`,
	short: (tokens: string, epochs: string, effective: string, worth: string) =>
		`你的预算下的计算最优模型需要的词元数为 ${tokens}：要在你的数据上训练 ${epochs} 轮，相当于新鲜词元 ${effective}（每个所见词元值 ${worth}）。`,
	cost: (loss: string, increase: string) => `其损失为 ${loss}，比同一模型用新鲜数据训练时高 ${increase}。`,
	next: (percent: string) => `再多训练一轮，价值只相当于新鲜数据一轮的 ${percent}。`,
	offScale: (max: string) => `这超出了本图的 ${max} 轮：圆点画在右边缘上。`,
	guessQuestion:
		'先猜一猜：你只有预算下计算最优模型所需不重复词元的四分之一，把它们重复四轮。这四轮相当于同样数量新鲜词元价值的多少？',
	guessLabel: '你的猜测',
	guessVerdict: (guess: string, answer: string) =>
		`你猜的是 ${guess}。按 Muennighoff 等人的公式，无论数据多少，四轮的价值都相当于新鲜数据的 ${answer}；下图从你的预算所需词元的四分之一开始。`,
	epochsHeader: '轮数',
	effectiveHeader: '价值（新鲜词元）',
	worthHeader: '每个所见词元的价值'
};

export default repeated;
