// The draw-the-frontier figure's words: loaded with that figure only. Part of the Chinese interface strings (./index.ts
// has the rest).
import type { DrawFrontierMessages } from '../en/drawFrontier';

export const drawFrontier: DrawFrontierMessages = {
	captionParams:
		'先画后读：设定你预期的计算最优模型规模在 10¹⁹ FLOP 和 10²⁵ FLOP 处的位置，然后揭晓所选拟合的前沿，以及在论文每个 IsoFLOP 预算上测得的最优点。',
	captionRatio:
		'对每参数词元数做同样的事：随着预算增长，计算最优模型的每参数词元数是变多、变少，还是不变？先设定你的线，再揭晓。',
	questionParams: '最佳模型规模如何随算力增长？设定你的线。',
	questionRatio: '那么每参数词元数呢：随算力增长是上升、下降还是持平？设定你的线。',
	at: (budget: string) => `在 ${budget} FLOP 处`,
	point: (budget: string, value: string) => `你的线在 ${budget} FLOP 处：${value}`,
	chartParams: '计算最优模型规模随算力的变化：你的线，以及揭晓后的拟合和实测最优点',
	chartRatio: '每参数词元数随算力的变化：你的线，以及揭晓后的拟合和实测最优点',
	axisParams: '最优参数量 N',
	axisRatio: '每参数词元数 D/N',
	yourLine: '你的线',
	fitLine: (fit: string) => `前沿（${fit}）`,
	measured: '在 IsoFLOP 预算上测得的最优点',
	reveal: '揭晓拟合和实测最优点',
	beyond: '超出训练范围',
	slopes: (yours: string, fit: string, name: string) =>
		`你的线按算力的 ${yours} 次方增长；${name} 的前沿按算力的 ${fit} 次方增长。`,
	factor: (budget: string, yours: string, fit: string, verdict: string) =>
		`在 ${budget} FLOP 处，你给出 ${yours}，拟合给出 ${fit}：${verdict}。`,
	close: '相差不到 10%',
	above: (factor: string) => `是拟合值的 ${factor} 倍`,
	below: (factor: string) => `只有拟合值的 1/${factor}`,
	lessonParams: '最优模型大致按算力的平方根增长：预算增至一千倍，模型约增至三十倍。',
	lessonRatio:
		'各拟合对这个比例朝哪个方向漂移看法不一，但在这六个数量级的算力范围内，每个拟合都让它的变化保持在一个不大的倍数之内：参数量和词元同步增长。',
	budget: '预算',
	hidden: '拟合（揭晓后显示）'
};

export default drawFrontier;
