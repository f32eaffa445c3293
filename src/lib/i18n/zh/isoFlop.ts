// The IsoFLOP chart's words: loaded with that figure only. Part of the Chinese interface strings (./index.ts has the
// rest).
import type { IsoFlopMessages } from '../en/isoFlop';

export const isoFlop: IsoFlopMessages = {
	caption:
		'IsoFLOP 曲线，即方法二的交互版：每条曲线是同一预算下各种规模模型的损失（预算的其余部分用于词元）。每条曲线都有一个最低点；穿过这些最低点的线就是计算最优前沿。粗线对应你的预算。',
	chart: '几个固定算力预算下损失随模型规模的变化',
	hint: '移动预算，切换到论文的九个预算，改用词元而非参数量作横轴，或拟合抛物线。',
	xAxis: '横轴',
	fan: '你的预算附近的预算',
	paper: '论文的九个预算',
	budgets: '预算',
	parabola: '像方法二那样，对每条曲线拟合一条关于 log N 的抛物线',
	minima: '穿过最低点的线',
	yours: '你的预算',
	vertex: '抛物线顶点',
	budget: '预算 C（FLOP）',
	optN: '最优 N',
	optD: '最优 D',
	optL: '最低损失',
	vertexN: '抛物线顶点 N',
	vertexError: '顶点与真实最优点之差'
};

export default isoFlop;
