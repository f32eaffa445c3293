// The over-training figure's words: loaded with that figure only. Part of the Chinese interface strings (./index.ts has
// the rest).
import type { OvertrainingMessages } from '../en/overtraining';

export const overtraining: OvertrainingMessages = {
	caption:
		'模型偏离计算最优规模的代价（de Vries 2023）：把模型规模取为计算最优规模的 k_N 倍并训练到同样的损失，它需要 k_D 倍的词元；曲线是额外的算力 k_N·k_D − 1，横轴规模为对数刻度。它只取决于 α 和 β。标出的点是 de Vries 的临界模型规模，即额外算力达到 100% 之处。斜线左侧，无论多少数据都达不到这个损失。1 倍右侧是比计算最优更大的模型，比如 Gopher。空心圆点是等损失图上你的模型（未移动时即 Gopher）。',
	hint: '调整规模，或更换拟合；在等损失图上放置你的模型。',
	size: '模型规模（计算最优规模的倍数）',
	chart: '额外算力随模型规模（计算最优规模的倍数）的变化',
	xAxis: '规模 k_N（计算最优规模的倍数）',
	yAxis: '额外算力',
	times: (x: string) => `${x} 倍`,
	floor: '数据再多也不够',
	critical: 'de Vries 的临界规模',
	nearZero: '≈ 0%',
	you: '你的模型',
	reading: (k: string, kd: string, overhead: string) =>
		`模型规模取最优规模的 ${k}时，需要最优词元数的 ${kd}；要达到同样的损失，额外算力为 ${overhead}。`,
	readingLarger: (k: string, kd: string, overhead: string) =>
		`模型规模取最优规模的 ${k}时，比计算最优更大，只需最优词元数的 ${kd}就能达到同样的损失；额外算力为 ${overhead}。`,
	impossible: (k: string, smallest: string) =>
		`模型规模取最优规模的 ${k}时，无论用多少数据都达不到最优模型的损失（小于 ${smallest}的模型都做不到）。`,
	criticalNote: (k: string) => `额外算力在最优规模的 ${k}处达到 100%：这就是 de Vries 的临界模型规模。`,
	yours: (k: string, overhead: string) =>
		`你的模型规模是其损失对应的计算最优规模的 ${k}；与那个模型相比，额外算力为 ${overhead}。`,
	offChart: '它超出了本图的范围。',
	guessQuestion: '先猜一猜：模型缩小到计算最优规模的多少倍时，达到同样的损失就要花两倍的算力（多花 100%）？',
	guessLabel: '你的猜测',
	guessVerdict: (guess: string, answer: string, fit: string) =>
		`你猜的是 ${guess}。在所选拟合（${fit}）下，额外算力在最优规模的 ${answer}处达到 100%，即 de Vries 的临界模型规模；下图的规模从你的猜测开始。`,
	sizeHeader: 'k_N',
	tokenHeader: 'k_D',
	overheadHeader: '额外算力'
};

export default overtraining;
