// The chapter-1 guess's words: loaded with that figure only. Part of the Chinese interface strings (./index.ts has the
// rest).
import type { GuessMessages } from '../en/guess';

export const guess: GuessMessages = {
	caption:
		'在任何理论之前，先做出你的判断：一个固定的预算，以及它能训练的所有模型。选一个规模并确认，然后对比你的选择的损失与每种拟合下的计算最优模型、Gopher 和 Chinchilla 选定的规模，并看看你的选择会浪费多少预算。',
	question: (budget: string) => `你有 Gopher 的预算：${budget} FLOP。你会训练多大的模型？`,
	slider: '模型规模',
	sliderText: (params: string, tokens: string) => `参数量 ${params}，词元 ${tokens}`,
	typed: '或输入规模',
	set: '设定',
	unreadable: (lo: string, hi: string) => `请输入 ${lo}–${hi} 之间的参数量，例如“200 亿”。`,
	choice: (tokens: string, ratio: string) => `这样，预算剩下的部分可训练的词元数为 ${tokens}：每参数 ${ratio} 个词元。`,
	commit: '确认我的猜测',
	committed: '你的猜测已记录。调整规模，看看结果如何变化。',
	noJs: '关闭 JavaScript 时这些控件无法使用；这个预算下的答案在正文这一节：',
	noJsLink: '两个模型，一个预算',
	chart: '预算能训练的每个模型的损失随模型规模的变化，以及你的选择和计算最优模型',
	yours: '你的选择',
	optimum: '计算最优',
	verdictLoss: (loss: string, fit: string) => `你的模型的损失将为 ${loss}（${fit}）。`,
	verdictOptimum: (params: string, loss: string) => `这个预算下的计算最优模型参数量为 ${params}，损失为 ${loss}。`,
	verdictWaste: (wasted: string, cheapest: string) =>
		`计算最优模型只需 ${cheapest} FLOP 就能达到你的损失：你的选择浪费了 ${wasted} 的预算。`,
	verdictNoWaste: '你的选择与计算最优只差毫厘：浪费的预算不到 1%。',
	landmarksNote: (gopher: string, chinchilla: string, tokensFactor: string) =>
		`Gopher 用这个预算训练了参数量为 ${gopher} 的模型；论文给出的答案 Chinchilla 参数量为 ${chinchilla}，训练词元是 Gopher 的 ${tokensFactor} 倍。`,
	perFit: '各拟合下的计算最优模型：',
	fit: '拟合',
	params: '参数量',
	tokens: '词元',
	loss: '损失',
	youRow: '你的选择'
};

export default guess;
