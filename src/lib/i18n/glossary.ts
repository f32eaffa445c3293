// The Chinese edition's terminology: one Chinese term per concept, with the English it renders and the variants a
// translator might reach for that the edition does not use. tests/i18n/glossary.test.ts holds every chapter, page and
// interface string of the Chinese edition to it. To change a term, change it here and everywhere the test names.

export interface Term {
	/** The concept, as the English edition says it. */
	en: string;
	/** The one Chinese term for it. */
	zh: string;
	/** Why this term, where a reader might expect another. */
	note?: string;
	/** What the Chinese edition does not write for this concept (a string, or a pattern where context decides). */
	avoid: (string | RegExp)[];
}

export const glossary: Term[] = [
	{
		en: 'token',
		zh: '词元',
		note: 'At its first use in a chapter, 词元（token）: readers search for the English.',
		avoid: ['令牌', '标记数']
	},
	{
		en: 'scaling law',
		zh: '缩放定律',
		avoid: ['扩展定律', '规模定律', '尺度定律', '规模法则', '标度律']
	},
	{
		en: 'compute budget',
		zh: '算力预算',
		avoid: ['计算预算']
	},
	{
		en: 'iso-FLOP line (every model one budget can train, a line in the N–D plane)',
		zh: '等算力线',
		note: 'A line in the plane of N and D; not the IsoFLOP profile, a curve of loss against N.',
		avoid: ['等 FLOP 线', '等FLOP线', '等计算量线']
	},
	{
		en: 'IsoFLOP profile (the loss of every model size on one budget; Approach 2)',
		zh: 'IsoFLOP 曲线',
		note: 'Kept apart from 等算力线 by its English name, which is also what readers search for.',
		avoid: ['等算力曲线', '等 FLOP 曲线', '等FLOP曲线', '等算力剖面']
	},
	{
		en: 'iso-loss contour',
		zh: '等损失曲线',
		avoid: ['等损失线', '等损失等高线']
	},
	{
		en: 'the printed fit (Approach 3 with the coefficients as the paper prints them)',
		zh: '论文公布值',
		note: 'In prose: 论文公布的拟合, 论文公布的系数; in menus: 方法三（论文公布值）.',
		avoid: [/(?<!打)印出/, '印刷', '印出值']
	},
	{
		en: 'rounding, rounded',
		zh: '舍入',
		avoid: [/取整/]
	},
	{
		en: 'a training run',
		zh: '训练（一次训练）',
		note: 'Counted with 次: 245 次训练, 最大的一次训练. Never 训练数据, which readers take for the corpus.',
		avoid: ['训练运行', '训练实验', '次运行', '次实验', '场训练']
	},
	{
		en: 'unique tokens (not repeated)',
		zh: '不重复词元',
		avoid: ['独特词元', '独特的词元', '唯一词元']
	},
	{
		en: 'open(-weight) models',
		zh: '开放权重模型',
		note: 'Their weights are published; most are not open source.',
		avoid: ['开源模型', '开放模型']
	},
	{
		en: 'method of Lagrange multipliers',
		zh: '拉格朗日乘子法',
		avoid: ['拉格朗日乘数']
	},
	{
		en: 'the core path (chapters 1–5)',
		zh: '核心路线',
		avoid: ['核心路径']
	},
	{
		en: 'nats per token (the unit of the loss)',
		zh: '奈特/词元',
		avoid: ['nats/词元', 'nat/词元', '纳特', '奈特每词元', '每词元奈特', 'nats 每词元']
	},
	{
		en: 'Approach 1, 2, 3',
		zh: '方法一、方法二、方法三',
		avoid: [/方法 ?[123](?![\d.])/]
	},
	{
		en: 'over-training',
		zh: '过度训练',
		avoid: [/(?<![度超越])过训练/, '超量训练']
	},
	{
		en: 'mixture of experts',
		zh: '混合专家',
		avoid: ['专家混合']
	},
	{
		en: 'dense model',
		zh: '稠密模型',
		avoid: ['密集模型']
	},
	{
		en: 'replication (of a result)',
		zh: '复现',
		avoid: ['重现']
	},
	{
		en: 'epoch (one pass over the data)',
		zh: '轮',
		avoid: ['个 epoch', '个epoch', '纪元']
	},
	{
		en: 'quick check',
		zh: '小测',
		avoid: ['快速测验', '快速检查', '小测验']
	},
	{
		en: 'utilisation (MFU)',
		zh: '利用率',
		avoid: ['使用率']
	}
];

/**
 * English glosses the Chinese edition keeps in brackets after a term, once per chapter at its first use: the terms
 * readers search for in English. Any other bracketed English gloss ("拟合（fit）") is noise to a Chinese reader.
 */
export const searchedInEnglish: string[] = [
	'token',
	'scaling law',
	'IsoFLOP',
	'compute-optimal',
	'epoch',
	'bootstrap',
	'PF-days',
	'decoder-only',
	'mid-training'
];
