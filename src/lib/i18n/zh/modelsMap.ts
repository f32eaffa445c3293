// The models map's words: loaded with that figure only. Part of the Chinese interface strings (./index.ts has the
// rest).
import type { ModelsMapMessages } from '../en/modelsMap';

export const modelsMap: ModelsMapMessages = {
	caption:
		'已发表模型在参数量–词元平面上的位置，从 GPT-3 到如今的开放权重模型。虚线是所选拟合的计算最优前沿；点线表示每参数训练 20 个词元；淡色线是各模型的等算力线（用它的算力本可以训练的所有模型）。混合专家模型（菱形）按每个词元激活的参数量定位，因为决定它算力的正是这部分参数，并用一条点线延伸到总参数量。选中或悬停某个模型可查看其数值；可按类型和年份筛选。',
	chart: '已发表语言模型的参数量与训练词元',
	frontier: '计算最优前沿',
	tokens20: '每参数 20 个词元',
	pick: '显示模型',
	pointLabel: (name: string, params: string, tokens: string, year: number) =>
		`${name}：${/^\p{Script=Han}/u.test(params) ? '' : '参数量 '}${params}，词元 ${tokens}，${year} 年`,
	moeName: (name: string) => `${name}（混合专家）`,
	activeOfTotal: (active: string, total: string) => `激活参数 ${active} / 总参数 ${total}`,
	activeParams: '激活参数量',
	totalParams: '总参数量',
	moeNote:
		'混合专家模型按激活参数量定位，因为算力由激活参数决定；这些拟合是在稠密模型上得到的，所以它与前沿的距离只是粗略参考。',
	filter: '显示',
	dense: '稠密',
	moe: '混合专家',
	from: '发布年份不早于',
	denseKey: '稠密模型',
	moeKey: '混合专家：激活 … 总参数量',
	noMatch: '没有符合筛选条件的模型：请勾选一种模型类型，或选择更早的年份。',
	year: '年份',
	params: '参数量',
	tokens: '词元',
	optimal: (params: string) => `这一算力下的计算最优参数量：${params}。`,
	size: (ratio: string, direction: string) =>
		direction === '大'
			? `它的参数量是这一算力下计算最优规模的 ${ratio} 倍`
			: `这一算力下的计算最优规模是它的 ${ratio} 倍`,
	nearOptimal: (loss: string) =>
		`它与其算力对应的计算最优规模相差不到 10%；损失比最优模型高出${/^\d/.test(loss) ? ' ' : ''}${loss}。`,
	// A loss difference below the formatter's last digit: "less than 0.001", never "0.000".
	lessThan: (loss: string) => `不到 ${loss}`,
	larger: '大',
	smaller: '小',
	extraLoss: (loss: string) => `损失比同等算力下的最优模型高 ${loss}`,
	model: '模型',
	compute: '算力（FLOP）',
	ratio: '每参数词元数',
	optN: '计算最优 N',
	sizeRatio: 'N / N_opt',
	source: '来源'
};

export default modelsMap;
