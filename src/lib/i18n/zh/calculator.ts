// The allocation calculator's words: loaded with that figure only. Part of the Chinese interface strings (./index.ts
// has the rest).
import type { CalculatorMessages } from '../en/calculator';

export const calculator: CalculatorMessages = {
	caption:
		'所有拟合并列对比。对于你的预算，每一行是一条定律给出的计算最优分配；损失一列用上方所选的拟合为每种分配打分，因此该拟合自己那一行的损失最低。下方：改为从词元数出发。',
	law: '定律',
	params: '参数量 N',
	tokens: '词元 D',
	ratio: 'D/N',
	loss: (fit: string) => `损失（${fit}）`,
	best: '（最低）',
	tokensHeading: '从你已有的数据出发',
	splitTable: '各定律下你的预算的计算最优分配',
	tokensTable: '各定律下与你的词元数相应的计算最优模型与预算',
	tokensInput: '你已有的训练词元',
	tokensHint: '例如 1000 亿、1.4 万亿、1e11',
	tokensInvalid: '请输入 100 万到 10¹⁶ 之间的词元数，例如 1000 亿。',
	budgetNeeded: '所需预算（FLOP）',
	hours: (accelerator: string) => `${accelerator} 小时`,
	kaplanNote:
		'Kaplan 的规则用 C_min 表示，即批量大小远低于临界批量时的算力；按临界批量训练的成本约为它的两倍，因此他那一行取 C_min = C/2（与 Hoffmann 等人附录 D.4 的做法相同）。这一行保留他的 N，把其余预算都用于词元（若用他自己的 D 公式，总算力约为 0.9·C）。'
};

export default calculator;
