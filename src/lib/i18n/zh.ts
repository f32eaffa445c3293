// The Chinese edition's interface strings: the same shape as en.ts, key for key, in the same order.
// Counts use 万, 亿 and 万亿 ("700 亿" parameters, "1.4 万亿" tokens); numbers reach these functions already formatted.
import type { CitedEssay, Messages } from './en';

/** A count before a measure word: "2 万亿个词元", but "20 个词元" (the spacing rule: a space after a digit, none after 亿). */
const count = (text: string) => (/\d$/.test(text) ? `${text} ` : text);

/** "1 小时 40 分钟"、"35 分钟"。 */
const hours = (minutes: number) => {
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	if (h === 0) return `${m} 分钟`;
	return `${h} 小时${m ? ` ${m} 分钟` : ''}`;
};

export const zh: Messages = {
	locale: 'zh-CN',
	countUnits: [
		[1e12, '万亿'],
		[1e8, '亿'],
		[1e4, '万']
	] as [number, string][],
	siteTitle: '计算最优详解',
	siteTagline: '固定的训练预算该如何在模型规模和训练数据之间分配：Chinchilla 的结论，在你手中实时呈现。',
	skipToContent: '跳到正文',
	punct: {
		stop: '。',
		colon: '：',
		semicolon: '；',
		gap: '',
		open: '（',
		close: '）'
	},
	laws: {
		hoffmann2022: { label: 'Hoffmann 等人 2022，方法三（论文公布值）', short: '方法三，论文公布值' },
		'hoffmann2022-unrounded': { label: 'Hoffmann 等人 2022，方法三（未舍入）', short: '方法三，未舍入' },
		besiroglu2024: { label: 'Besiroglu 等人 2024（Epoch 重新拟合）', short: 'Epoch 重新拟合' },
		'hoffmann2022-approach1': { label: 'Hoffmann 等人 2022，方法一（表 3）', short: '方法一' },
		'hoffmann2022-approach2': { label: 'Hoffmann 等人 2022，方法二（表 A3）', short: '方法二' },
		kaplan2020: { label: 'Kaplan 等人 2020', short: 'Kaplan 2020' },
		tokens20: { label: '每参数 20 个词元', short: '每参数 20 词元' }
	},
	yourFit: { label: (constants: string) => `你的拟合（${constants}）`, short: '你的拟合' },
	// The other edition, as the language switcher names it (in its own language); it lives at the site's root.
	nav: {
		label: '站点',
		contents: '目录',
		explore: '探索',
		references: '参考文献'
	},
	contents: {
		heading: '章节',
		startHere: (title: string) => `从这里开始：${title}`,
		corePath: (minutes: number, reading: number, count: number) =>
			`核心路线是前 ${count} 章：连同其中的图和小测约需 ${hours(minutes)}（单是阅读约 ${reading} 分钟）；其余章节为选读，顺序不限。`,
		core: '核心路线',
		optional: '选读',
		minutes: (n: number, reading: number) =>
			n === reading ? `约 ${n} 分钟` : `连同图和小测约 ${n} 分钟（阅读约 ${reading} 分钟）`,
		chapter: (n: number) => `第 ${n} 章`,
		wholeEssay: '全文单页版，可打印或另存为 PDF'
	},
	chapter: {
		toc: '本页目录',
		tocSummary: (sections: number) => `本页目录：共 ${sections} 节`,
		previous: '上一章',
		next: '下一章',
		pager: '章节',
		anchor: (text: string) => `链接到“${text}”一节`
	},
	notFound: {
		title: '页面不存在',
		body: '这个地址上没有页面。所有章节都列在目录页上。',
		back: '前往目录'
	},
	figure: {
		number: (n: string) => `图 ${n}`,
		beyondRuns: (flop: string) =>
			`斜线区域：训练成本超过拟合所用最大一次训练（${flop} FLOP）的模型，这里的拟合属于外推。`,
		tools: '图表工具',
		copyLink: '复制链接',
		downloadSvg: 'SVG',
		downloadPng: 'PNG',
		copyCsv: '复制 CSV',
		projector: '投影模式（P）',
		leaveProjector: '退出投影模式（Esc）',
		showData: '查看数据',
		dataOf: (figure: string) => `图 ${figure} 的数据`,
		linkCopied: '已复制指向当前状态的链接。',
		csvCopied: '数据已按 CSV 格式复制。',
		downloaded: (name: string) => `已下载 ${name}。`,
		clipboardBlocked: '此浏览器阻止了剪贴板；请改为在数据表中选中文本。',
		exportFailed: '无法在此浏览器中导出该图。',
		stateUrl: '本图的当前状态：',
		embed: '嵌入',
		measuring: '正在测量本图所需的框架尺寸……',
		embedCopied: '嵌入代码已复制：可粘贴到课程页面中（一个以当前状态显示本图的 <iframe>）。',
		embedTitle: (number: string | undefined, caption: string) =>
			`${number ? `图 ${number}：` : ''}${caption}（计算最优详解）`,
		fit: (label: string) => `拟合：${label}。`
	},
	quantity: {
		params: '参数量 N',
		tokens: '训练词元 D',
		compute: '算力 C（FLOP）',
		loss: '损失 L（奈特/词元）',
		tokensPerParam: '每参数词元数'
	},
	budget: {
		caption:
			'本页所有图共用的算力预算。拖动滑块（方向键每次移动十分之一个数量级，Page Up/Down 移动一个数量级），或直接输入数值。',
		slider: '算力预算（对数刻度，FLOP）',
		sliderShort: '算力预算',
		bar: '本页所有图的预算与拟合',
		landmarks: {
			gpt3: 'GPT-3',
			gopher: 'Gopher',
			llama31: 'Llama 3.1 405B',
			paperRuns: '论文的训练'
		},
		landmarkLabel: (name: string, flop: string) => `把预算设为 ${name} 的训练算力：${flop} FLOP`,
		typed: '输入算力预算',
		typedHint: '例如 5.76e23、5.76 × 10^23、3 PF-天、1 ZFLOP/s-天',
		set: '设定',
		range: '10¹⁷ 到 10²⁸ FLOP',
		unreadable: (text: string) => `无法识别“${text}”。可以试试 5.76e23、5.76 × 10^23、3 PF-天或 1 ZFLOP/s-天。`,
		notPositive: '算力预算必须大于零。',
		outOfRange: (range: string) => `预算只能在 ${range} 之间。`,
		withUnit: (flop: string) => `${flop} FLOP`,
		hoursAt: (accelerator: string, mfu: string) => `${accelerator} 小时（MFU ${mfu}）`,
		accelerator: '加速器',
		mfu: '利用率（MFU，%）',
		mfuInvalid: '利用率须为 1 到 100 之间的数；沿用上一个有效值。',
		fromHardware: '或者由你的硬件推算',
		count: '加速器数量',
		days: '天数',
		setFromHardware: '设定预算',
		hardwareInvalid: '加速器数量请输入 1 到 1000 万之间的整数，天数请输入 0.042 到 3650 之间的数。',
		hardwareOutOfRange: (flop: string, range: string) =>
			`这个集群能提供 ${flop} FLOP，超出了图中所画的预算范围（${range}）。`,
		peak: (label: string, peak: string) => `${label}：稠密 BF16 峰值 ${peak} FLOP/s`,
		valueText: (flop: string, pfDays: string) => `${flop} FLOP，${pfDays} PF-天`,
		hours: (hours: string, accelerator: string, mfu: string) => `MFU 为 ${mfu} 时，相当于 ${hours} ${accelerator} 小时`,
		unit: '单位',
		value: '数值',
		flop: 'FLOP',
		pfDays: 'PF-天',
		zflopsDays: 'zettaFLOP/s-天',
		gpuHours: (accelerator: string) => `${accelerator} 小时`
	},
	notes: { dismiss: '关闭', label: '关于此链接' },
	// What a link or an input that gives a bad value is told; never repeats the bad value itself.
	params: {
		computeBudget: (min: string, max: string, fallback: string) =>
			`已忽略链接中的预算：预算范围为 ${min} 到 ${max} FLOP。现显示 ${fallback} FLOP。`,
		lawId: (fallback: string) => `已忽略链接中的拟合：它不是可选的损失拟合之一。现显示 ${fallback}。`,
		model: '已忽略链接中的“你的模型”：N 和 D 都必须落在图表范围内。',
		acceleratorId: '已忽略链接中的加速器：它不在我们列出的加速器之中。',
		mfu: '已忽略链接中的利用率：请使用 0.01 到 1 之间的小数。',
		acceleratorCount: '已忽略链接中的加速器数量：请使用 1 到 1000 万。',
		trainingDays: '已忽略链接中的训练天数：请使用 1 小时（0.042 天）到 3650 天。',
		uniqueTokens: (min: string, max: string) =>
			`已忽略链接中的不重复词元数：请使用 ${min} 到 ${count(max)}个词元，或写 unlimited 表示不限。`,
		maxEpochs: (max: string, fallback: string) =>
			`已忽略链接中的最多轮数：请使用 1 到 ${max}，或写 unlimited 表示不限。现显示 ${fallback}。`,
		inferenceTokens: (max: string) => `已忽略链接中的推理词元数：请使用 0 到 ${count(max)}个词元。`
	},
	theme: {
		label: '配色主题',
		auto: '自动',
		light: '浅色',
		dark: '深色'
	},
	explore: {
		title: '探索：所有交互图，同一个预算',
		intro:
			'本文的所有图集中在一页，共用同一个算力预算和同一个损失拟合。调整任何一个控件，所有图都会随之变化；地址栏会记住当前状态，因此用链接就能重新打开完全相同的视图。'
	},
	lawPicker: '损失拟合',
	isoLoss: {
		caption:
			'损失 L(N, D) 的等损失曲线，以及预算的等算力线（这笔预算能训练的所有模型）和计算最优前沿。最优点就是等算力线恰好与某条等损失曲线相切之处：即高亮的那条。旁边是这条线上每个模型的损失：一道山谷，其最低点就是同一个最优点。',
		hint: '拖动“你的模型”，或者选中它后用方向键移动；勾选“保持在我的预算上”时，它会沿等算力线滑动。',
		chart: '参数量–词元平面上的等损失曲线',
		valleyChart: '预算等算力线上每个模型的损失',
		contour: (loss: string) => loss,
		isoFlop: '预算的等算力线',
		tenfoldLine: '10 倍算力',
		frontier: '计算最优前沿',
		ratioLine: (ratio: string) => `D/N = ${ratio}`,
		optimum: '最优点',
		optimumContour: '经过最优点的等损失曲线',
		modelContour: '经过你的模型的等损失曲线',
		yourModel: '你的模型',
		stay: '保持在我的预算上',
		pointLabel: (n: string, d: string, l: string) =>
			`你的模型：参数量 ${n}，词元 ${d}，损失 ${l}。方向键每次移动十分之一个数量级；按住 Shift 则移动一个数量级。`,
		pointLabelStay: (n: string, d: string, l: string) =>
			`你的模型：参数量 ${n}，词元 ${d}，损失 ${l}，位于预算的等算力线上。左右方向键让它沿这条线移动，每次十分之一个数量级；按住 Shift 则移动一个数量级。`,
		readoutTitle: '你的模型',
		optimumTitle: '最优点',
		params: '参数量',
		tokens: '词元',
		loss: '损失',
		compute: '算力',
		budget: '预算',
		overhead: (percent: string, flop: string) =>
			`达到同样损失的最便宜模型只需 ${flop} FLOP：你的模型多花了 ${percent}。`,
		onFrontier: '它位于计算最优前沿上：没有哪个模型能用更少的算力达到它的损失。',
		placeHint: '尚未移动：起点是 Gopher 的规模（2800 亿参数）。',
		reset: '回到 Gopher',
		move: '移动',
		typedInvalid: (nMin: string, nMax: string, dMin: string, dMax: string) =>
			`N 的范围是 ${nMin}–${nMax}，D 的范围是 ${dMin}–${dMax}（例如 700 亿、1.4 万亿）。`,
		tenfold: (n: string, d: string, a: string, b: string) =>
			`算力增至 10 倍，最优点沿前沿移动：参数量变为 ${n} 倍，词元变为 ${d} 倍（a = ${a}，b = ${b}）。两者同步增长；当 a ≈ b ≈ 0.5 时，各自增长 √10 ≈ 3.2 倍。`,
		tableLevel: '等损失曲线 L',
		tableMinN: '能达到它的最小 N',
		tableCompute: '达到它的最少算力（FLOP）',
		tableOptN: '该处的计算最优 N',
		tableOptD: '该处的计算最优 D',
		exponents: '两个指数',
		split: (a: string, b: string) => `算力按 a = β/(α+β) = ${a} 分给模型，按 b = α/(α+β) = ${b} 分给数据。`,
		exponentsBack: (fit: string) => `回到${/^[A-Za-z0-9]/.test(fit) ? ' ' : ''}${fit}`
	},
	optimum: {
		caption:
			'在固定的算力预算下，最佳模型位于预算的等算力线（这笔预算在参数量和词元之间的所有分配方式）恰好与某条等损失曲线相切之处。移动预算，看最优点沿前沿滑动：参数量和词元同步增长。',
		hint: '拖动预算滑块或直接拖动图表（预算的等算力线跟着指针移动），或点击一个标记。',
		chart: '参数量–词元平面上的损失，以及预算的等算力线和最优点',
		best: '这个预算下的最佳模型',
		ratio: '每参数词元数',
		budget: '预算（FLOP）'
	},
	isoFlop: {
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
	},
	calculator: {
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
	},
	modelsMap: {
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
	},
	modelsTable: {
		label: '已发表模型：参数量、训练词元及来源',
		caption: '已发表模型及其发布年份，参数量和训练词元取自各自报告中给出的数字（Qwen2.5 的参数量取自其模型卡）。',
		model: '模型',
		params: '参数量',
		tokens: '词元',
		ratio: '每参数词元数',
		compute: '6·N·D（FLOP）',
		source: '来源',
		moeMark: 'MoE',
		ofTotal: (total: string) => `激活，总计 ${total}`,
		moeNote:
			'MoE：混合专家模型。每个词元只经过其中一部分参数；表中计的是这些激活参数（它们决定训练算力），并在旁边给出总参数量。',
		distilledMark: '蒸馏',
		distilledNote: '蒸馏：通过从一个更大的模型蒸馏来预训练，而不像拟合所依据的那些训练那样只从词元本身学习。'
	},
	runs: {
		caption:
			'论文图 4 的交互版：每个点是拟合所依据的一次训练（其最终损失与所用算力），颜色表示模型规模。曲线是所选拟合对每个预算预测的最低损失，即它的计算最优包络线；斜线区域右侧没有训练，只有拟合的预测。',
		hint: '悬停在某个点上，或选中图表后用方向键逐个浏览。切换拟合，看这些点支持哪条包络线。',
		chart: 'Chinchilla 论文 245 次训练的最终损失与训练算力',
		points: (count: number) => `${count} 次训练。用左右方向键按算力顺序逐个浏览。`,
		envelope: '拟合的计算最优包络线',
		extrapolation: '此处没有训练：外推',
		gopher: 'Gopher 的预算',
		sizes: '模型规模',
		sizeBin: (from: string, to: string) => (from ? (to ? `${from}–${to}` : `≥ ${from}`) : `< ${to}`),
		run: (index: number) => `第 ${index} 次训练`,
		valuetext: (index: number, params: string, tokens: string, compute: string, loss: string) =>
			`第 ${index} 次训练：参数量 ${params}，词元 ${tokens}，算力 ${compute} FLOP，损失 ${loss}`,
		predicted: '拟合预测为',
		residual: (percent: string) => `（偏差 ${percent}）`,
		pickRun: '悬停或选中某次训练，查看它的数值。',
		download: '下载各次训练的结果（CSV）',
		attribution: '数据：Besiroglu 等人 2024（Epoch AI），读取自 Hoffmann 等人 2022 的图 4；CC BY。',
		params: '参数量 N',
		tokens: '词元 D = C/(6N)',
		compute: '算力 C（FLOP）',
		loss: '最终损失'
	},
	ownRuns: {
		empty: '没有可读取的行：请粘贴形如“400e6, 8e9, 2.95”的行（参数量、词元、损失）。',
		header: (found: string) =>
			`表头（“${found}”）必须包含参数量列（N 或 params）、损失列（loss 或 L），以及词元列（D）或算力列（C）。`,
		tooMany: (max: number) => `只读取前 ${max.toLocaleString('zh-CN')} 行。`,
		fields: (expected: number, found: number) => `应有 ${expected} 个值，实际有 ${found} 个`,
		extra: (expected: number, found: number, extra: string, commas: boolean) =>
			`应有 ${expected} 个值，实际有 ${found} 个；多出的是“${extra}”${commas ? '。带逗号的数字请加英文双引号（"1,500,000"），或去掉逗号' : ''}`,
		notANumber: (text: string, column: string) => `${column} 列中的“${text}”不是数字`,
		ambiguous: (text: string, column: string, thousands: string, decimal: string) =>
			`${column} 列中“${text}”的逗号既可能是千位分隔符（${thousands}），也可能是小数点（${decimal}）；请写成 ${thousands} 或 ${decimal}`,
		notPositive: (column: string) => `${column} 必须大于零`,
		line: (line: number, message: string) => `第 ${line} 行：${message}。`
	},
	fit: {
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
		atGopherNoBand: (params: string) =>
			`在 Gopher 的预算下，本次拟合的计算最优参数量为 ${params}。重采样可以得到区间。`,
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
	},
	approach2: {
		caption:
			'在真实的训练结果上运行方法二：取落在论文九个 IsoFLOP 预算之一上的训练（误差在十分之一个数量级以内；这些点是从图上读出的），对每个预算的损失拟合一条关于 log N 的抛物线，求出其最低点，再拟合穿过这些最低点的幂律。剔除一个预算或一次训练，看指数如何变化。',
		hint: '取消勾选预算；选中图表，用方向键移到某次训练（或悬停在它上面），然后剔除它。',
		chart: '九个 IsoFLOP 预算上各次训练的最终损失随模型规模的变化',
		points: (count: number) => `九个预算上共 ${count} 次训练。用方向键逐个浏览。`,
		minimaChart: '计算最优模型规模随算力的变化：各抛物线的最低点及穿过它们的直线',
		budgets: '纳入拟合的预算',
		drop: '剔除这次训练',
		restore: '恢复所有训练',
		dropped: (count: number) => `已剔除 ${count} 次训练。`,
		result: (a: string, low: string, high: string, b: string, points: number, paper: string) =>
			`a = ${a}（95% 区间 ${low}–${high}），b = ${b}，基于 ${points} 个最低点。论文的方法二：a = ${paper}。`,
		noResult: '有最低点的预算不足两个：无法拟合直线。',
		problems: { 'too-few': '训练太少', 'no-minimum': '没有最低点', outside: '最低点在训练范围之外' },
		run: (budget: string, params: string, loss: string) => `预算 ${budget}：参数量 ${params}，损失 ${loss}`,
		pick: '悬停或选中某次训练，即可剔除它。',
		minimum: '最低点',
		line: '穿过最低点的幂律',
		budget: '预算 C（FLOP）',
		runs: '训练次数',
		optN: '抛物线最低点 N',
		status: '备注'
	},
	resolve: {
		caption:
			'在 Porian 等人的训练结果上，把 Kaplan 的指数变成 Chinchilla 的指数。左图：某一种训练设置下，每个算力预算的损失随模型规模的变化（颜色由浅到深，对应预算由小到大），每个预算取损失最低点附近的几次训练拟合一条抛物线（实心点；空心点不参与拟合），并标出其最低点。右图：这些最低点随算力的变化，以及穿过它们的幂律 N_opt ∝ Cᵃ，这里的拟合与作者自己的拟合并列。下方：论文路径上每一步的 a。',
		hint: '按顺序逐项勾选修正；可以切换数据集，也可以改为同时计入注意力的 FLOP。',
		chart: '所选设置下，每个算力预算的最终损失随模型规模的变化，以及各预算的抛物线和最低点',
		optimaChart: '计算最优模型规模随算力的变化：我们的最低点及穿过它们的直线，作者的最优点及其直线',
		pathChart: '路径上每一步的指数 a：我们的值及其重抽样区间，与作者的值并列',
		corrections: {
			head: {
				label: '计入输出头的 FLOP',
				phrase: '计入输出头的算力',
				short: '输出头',
				detail:
					'Kaplan 等人既不计嵌入层，也不计把模型输出变成词表上各词得分的最后一层（即输出头）；标准计数把输出头计入 N 和 C。按这种计数发布的结果用的是留出集损失，所以这一步同时也从训练损失换成了留出集损失。',
				detailAttention:
					'Kaplan 等人既不计嵌入层，也不计输出头；这种计数把输出头和注意力的 FLOP 都计入 N 和 C。损失仍是训练损失。'
			},
			warmup: {
				label: '缩短预热',
				phrase: '缩短预热',
				short: '预热',
				detail: 'Kaplan 的长学习率预热，换成随模型规模缩放的短预热。'
			},
			decay: {
				label: '衰减与每个预算相匹配',
				phrase: '让衰减与每个预算相匹配',
				short: '衰减',
				detail:
					'一条为比这里任何一次训练都长的训练设定、在每次训练停止时被截断的长余弦调度，换成恰在训练结束时走完的余弦衰减。'
			},
			tuned: {
				label: '调好的 AdamW，恒定学习率',
				phrase: '针对规模调好 AdamW 的超参数',
				short: '调参',
				detail: '针对每个模型规模调好 AdamW 的 β2、学习率和批量大小，并用恒定学习率代替任何衰减。'
			}
		},
		kaplan: 'Kaplan',
		switches: '各项修正（按论文的顺序）',
		dataset: '数据集',
		datasets: { rw: 'RefinedWeb', owt2: 'OpenWebText2' },
		attention: '同时计入注意力的 FLOP',
		attentionRefinedWeb: '计入注意力的设置只在 RefinedWeb 上训练过。',
		follows:
			'作者只沿论文的路径训练过，一次只改一项（在 RefinedWeb 上还单独试过调参）：勾选一项修正，会同时勾选它所依赖的各项；取消一项，会同时取消依赖它的各项。',
		locked: '请先确认一个猜测：确认之后这些开关才能使用。',
		config: '当前设置（按数据文件的写法）',
		result: (ours: string, authors: string) => `N_opt ∝ Cᵃ，这里拟合出 a = ${ours}；作者的拟合为 ${authors}。`,
		noResult: '有最低点的预算不足两个：无法拟合直线。',
		interval: (low: string, high: string) =>
			`在每个预算内对各次训练重抽样，得到 95% 区间 ${low} 至 ${high}。它衡量的是这些训练本身的离散程度，而不是两种求最低点的方法之间的差别`,
		authorsInside: '；作者的值落在区间之内。',
		authorsOutside: '；作者的值落在区间之外，可见两种方法的差别大于这种离散。',
		tokensPerParam: (budget: string, ours: string, authors: string) =>
			`在 ${budget} FLOP 下，两条拟合直线给出的最优点每参数词元数：这里为 ${ours}，作者的为 ${authors}。`,
		method: (window: string) =>
			`这里的拟合：对每个预算，取损失不超过其最低损失 ${window} 的各次训练，拟合一条关于 log N 的抛物线。作者则对一个预算的全部训练的 log 损失做插值，并取多次加噪重抽样所得最低点的中位数；图中作者的数字读自他们自己的结果文件（porian-fits.json）。`,
		below: (gap: string) =>
			`我们的值比作者的低 ${gap}。曲线底部不对称时，作者的插值会跟着它走，而对称的抛物线不会：这就是为什么在大多数设置下我们的值略低于作者的。`,
		above: (gap: string) => `我们的值比作者的高 ${gap}。`,
		smallestBudget: (budget: string, ours: string, theirs: string, without: string, authorsWithout: string) =>
			`这一差距大部分来自一个预算：在最小的 ${budget} FLOP 下，几个规模间距不均的训练达到了几乎相同的损失，底部在哪里很难确定（抛物线给出 ${ours}，作者给出 ${theirs}）。去掉这个预算，这里的 a = ${without}，作者的为 ${authorsWithout}。`,
		effect: (
			small: string,
			smallBefore: string,
			smallAfter: string,
			large: string,
			largeBefore: string,
			largeAfter: string
		) =>
			`这一步让我们的 N_opt 在 ${small} FLOP 下从 ${smallBefore} 变为 ${smallAfter}，在 ${large} FLOP 下从 ${largeBefore} 变为 ${largeAfter}。`,
		offPath: '单独调参不是论文路径上的一步：下面画的是 RefinedWeb 的路径，供比较。',
		path: '沿路径的指数',
		pathLocked: '确认猜测之后，这里会显示整条路径。',
		pathNoJs: '显示路径（它会揭晓上面问题的答案）',
		step: '步骤',
		pathTokens: (budget: string, ours: string, authors: string) =>
			`在 ${budget} FLOP 下，逐步的每参数词元数：这里为 ${ours}；作者的拟合为 ${authors}。它并不稳步变化：第一步之后 N 本身的计数方式就变了，而且每条直线都是用各自的训练结果拟合的。`,
		ours: '这里的拟合',
		authors: '作者的',
		smallBudgets: '较小的预算',
		largeBudgets: '较大的预算',
		near: '最低点附近的训练',
		far: '较远、不参与拟合的训练',
		overTop: (count: number, loss: string) =>
			`另有 ${count} 次训练在图的上方（损失最高到 ${loss}），都不在抛物线的拟合范围内。`,
		lineLabel: (a: string) => `a = ${a}`,
		authorsLineLabel: (a: string) => `作者 ${a}`,
		download: '下载这些训练的结果（CSV）',
		downloadFits: '作者的拟合（JSON）',
		budget: '预算 C（FLOP）',
		runs: '训练次数',
		inWindow: '最低点附近',
		optN: '这里的 N_opt',
		authorsN: '作者的 N_opt',
		ratio: '这里的 D/N',
		authorsRatio: '作者的 D/N',
		exponentHeader: '这里的 a',
		intervalHeader: '95% 区间',
		authorsHeader: '作者的 a',
		problems: { 'too-few': '训练次数太少', 'no-minimum': '没有最低点', outside: '最低点在这些训练的规模之外' },
		guess: {
			question: '先猜一猜：四项修正把 Kaplan 的设置变成 Chinchilla 的设置。沿着论文的路径，哪一项让指数 a 下降得最多？',
			right: (phrase: string, from: string, to: string, oursFrom: string, oursTo: string) =>
				`猜对了：${phrase}是最大的一步，在作者的拟合中从 ${from} 降到 ${to}（这里拟合为 ${oursFrom} 降到 ${oursTo}）。`,
			wrong: (
				phrase: string,
				rank: string,
				from: string,
				to: string,
				largest: string,
				largestFrom: string,
				largestTo: string
			) =>
				`不是这一项：${phrase}是${rank}的一步，在作者的拟合中从 ${from} 降到 ${to}。最大的一步是${largest}，从 ${largestFrom} 降到 ${largestTo}。`,
			ranks: ['最大', '第二大', '第三大', '最小'],
			head: '在小模型上，输出头占了模型的很大一部分，计数方式一变，N 和 C 的含义也就变了。',
			warmup: '长预热会占去小预算下那些短训练的一大部分：缩短它，小预算的最优点抬高得远比大预算的多。',
			decay: '作者发现精心设计的衰减并非必不可少：他们的最后一步干脆用恒定学习率取代了它。',
			tuned: (from: string, to: string) =>
				`如果放在第一步单独做，调参会让 a 从 ${from} 降到 ${to}，降幅几乎一样大：一步能让 a 降多少，取决于它前面做了哪些步。`,
			unlocked: '现在这些开关归你操作了。'
		}
	},
	lawEditor: {
		caption:
			'你自己的 L = E + A/Nᵅ + B/Dᵝ 拟合。调整任一常数，所有随你的设置变化的图都会改用编辑后的定律，链接也会带上它。可以从任何已发表的拟合出发。',
		hint: '拖动滑块或输入数值（按 Enter 应用）。',
		startFrom: '起始拟合',
		constants: '五个常数',
		names: {
			E: 'E（不可约损失）',
			A: 'A（模型项）',
			B: 'B（数据项）',
			alpha: 'α（模型指数）',
			beta: 'β（数据指数）'
		},
		typed: (name: string) => `${name}，手动输入`,
		outOfRange: (low: string, high: string) => `请输入 ${low} 到 ${high} 之间的数。`,
		unreadable: '请输入一个数，例如 0.34 或 406.4；当前仍使用原来的值。',
		implied: (a: string, b: string) => `N_opt ∝ Cᵃ，a = ${a}；D_opt ∝ Cᵇ，b = ${b}。`,
		atBudget: '在你的预算下',
		params: '参数量',
		tokens: '词元',
		ratio: '每参数词元数',
		loss: '损失',
		constant: '常数',
		value: '数值'
	},
	lifetime: {
		caption:
			'把训练和服务合在一起算（Sardana 等人 2024）。以 Chinchilla 最优模型在你的预算下达到的损失为目标，等损失曲线上的每个模型训练成本为 6·N·D，此后每服务一个词元约需 2·N FLOP。曲线是这一全生命周期成本随模型规模的变化；实心点是其最小值，空心点是 Chinchilla 最优点。模型将被使用得越多，最便宜的那个就越小、训练得越久。',
		hint: '调整模型将要服务的词元数，或调整你的预算。',
		demand: '模型将服务的词元数',
		none: '无',
		chart: '沿等损失曲线，全生命周期算力（训练加推理）随模型规模的变化',
		lifetimeAxis: '全生命周期算力（FLOP）',
		total: '训练 + 推理',
		train: '仅训练',
		best: '全生命周期最便宜',
		chinchilla: 'Chinchilla 最优',
		target: '目标损失',
		cheapest: '全生命周期最便宜的模型：',
		versus: (params: string, ratio: string) =>
			`达到同样损失的 Chinchilla 最优模型参数量为 ${params}，每参数训练 ${ratio} 个词元。`,
		saving: (percent: string) => `与之相比节省的全生命周期算力：${percent}。`,
		beyond: (max: string) =>
			`每参数词元数超过 ${max} 之后（超出了 Sardana 等人训练的范围），拟合的定律属于外推：他们发现，在那里 Chinchilla 式的拟合会高估额外词元带来的收益。`,
		pastRuns: (ratio: string, runs: string, sardana: string) =>
			`每参数 ${ratio} 个词元，远远超出了拟合所依据的任何一次训练（最多约 ${runs}）：这里的拟合属于外推。Sardana 等人训练到了每参数 ${sardana} 个词元，发现在这样的比值下，Chinchilla 式的拟合会高估额外词元带来的收益，所以实际的节省多半更小。`,
		pastRunsLabel: '超出拟合所依据的训练',
		nearZero: '≈ 0%',
		times: (x: string) => `${x} 倍`,
		guessQuestion: (demand: string, budget: string) =>
			`先猜一猜：一个模型要达到你的预算 ${budget} FLOP 在 Chinchilla 最优点上能达到的损失，之后还要服务 ${count(demand)}个词元。全生命周期最便宜的模型有多大，是 Chinchilla 最优模型的多少倍？`,
		guessLabel: '你的猜测',
		guessVerdict: (guess: string, demand: string, answer: string, saving: string, fit: string) =>
			`你猜的是 ${guess}。服务 ${count(demand)}个词元时，在所选拟合（${fit}）下，最便宜的模型是 Chinchilla 最优模型的 ${answer}，可节省全生命周期算力的 ${saving}。`,
		demandHeader: '服务的词元数',
		params: '最便宜的 N',
		tokens: '训练词元',
		ratio: '每参数词元数',
		savingHeader: '节省'
	},
	overtraining: {
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
	},
	repeated: {
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
	},
	plan: {
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
	},
	commitGuess: {
		commit: '确认我的猜测',
		yours: (guess: string) => `你的猜测：${guess}。`,
		noJs: '显示此图（开启 JavaScript 才能提交猜测）'
	},
	live: {
		negligible: '0.1% 以下'
	},
	footer: '一篇关于 Hoffmann 等人（2022）的交互式文章。本站的每一个数字都出自同一个缩放定律计算核心。',
	guess: {
		caption:
			'在任何理论之前，先做出你的判断：一个固定的预算，以及它能训练的所有模型。选一个规模并确认，然后对比你的选择的损失与每种拟合下的计算最优模型、Gopher 和 Chinchilla 选定的规模，并看看你的选择会浪费多少预算。',
		question: (budget: string) => `你有 Gopher 的预算：${budget} FLOP。你会训练多大的模型？`,
		slider: '模型规模',
		sliderText: (params: string, tokens: string) => `参数量 ${params}，词元 ${tokens}`,
		typed: '或输入规模',
		set: '设定',
		unreadable: (lo: string, hi: string) => `请输入 ${lo}–${hi} 之间的参数量，例如“200 亿”。`,
		choice: (tokens: string, ratio: string) =>
			`这样，预算剩下的部分可训练的词元数为 ${tokens}：每参数 ${ratio} 个词元。`,
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
	},
	solutions: {
		title: '答案与详解',
		summary:
			'本文的每一道小测和习题，按章节排列，答案全部展开：供教师阅读或打印。与各章一样，其中的实时数字随读者自己设置的预算和拟合变化。',
		quizzes: '小测',
		problems: '习题',
		link: '答案与详解（供教师使用）'
	},
	drawFrontier: {
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
	},
	cite: {
		summary: '引用与转载',
		licence: '文字与图表可在注明出处的前提下自由转载和改编，许可协议为 ',
		code: '；代码采用 ',
		licenceEnd: ' 许可。',
		authors: '“计算最优详解”贡献者',
		title: '计算最优详解',
		subtitle: '关于 Hoffmann 等（2022）《Training Compute-Optimal Large Language Models》的交互式长文',
		plain: (p: CitedEssay) =>
			`${p.authors}（${p.year}）。${p.chapter ? `“${p.chapter}”，载于` : ''}《${p.title}》，${p.edition}版。${p.url ?? ''}`,
		bibTitle: (p: CitedEssay) => `${p.chapter ? `${p.chapter}，载于` : ''}${p.title}：${p.subtitle}`,
		bibNote: (edition: string) => `${edition}版`
	},
	credits: {
		chinchillaRuns:
			'数据：Besiroglu、Erdil、Barnett 与 You，《Chinchilla Scaling: A replication attempt》，arXiv:2404.10102（2024），github.com/epoch-research/analyzing-chinchilla。最终损失读取自 Hoffmann 等（2022）的图 4。采用 CC BY 许可。',
		porianRuns:
			'数据：Porian、Wortsman、Jitsev、Schmidt 与 Carmon，《Resolving Discrepancies in Compute-Optimal Scaling of Language Models》，arXiv:2406.19146（NeurIPS 2024），github.com/formll/resolving-scaling-law-discrepancies。作者的 IsoFLOP 训练结果，转为 CSV，数值未作改动。采用 MIT 许可。'
	},
	listing: {
		lines: (first: number, last: number) => `，第 ${first}–${last} 行`
	},
	copyCode: {
		button: '复制',
		done: '已复制。',
		blocked: '此浏览器禁止访问剪贴板：代码已选中，请用键盘复制。'
	},
	updates: {
		heading: '更新与勘误',
		intro: '本文的每一次勘误都按日期记录在此，最新的在前。',
		date: (iso: string) => {
			const [year, month, day] = iso.split('-').map(Number);
			return `${year} 年 ${month} 月 ${day} 日`;
		}
	},
	exercises: {
		chapter: '章节',
		quizzes: '小测',
		problems: '习题'
	},
	instructors: {
		link: '教师专页'
	},
	embedIndex: {
		figure: '图',
		chapter: '章节',
		page: '嵌入页面',
		number: (n: string) => `图 ${n}`
	},
	embed: {
		title: (number: string | undefined, chapter: string) => `“${chapter}”中的${number ? `图 ${number}` : '一幅图'}`,
		from: (chapter: number, title: string) => `出自《计算最优详解》第 ${chapter} 章“${title}”`,
		open: '在正文中打开'
	},
	essay: {
		title: '全文',
		intro: '所有章节按顺序集中在一页：便于打印讲义或保存为 PDF。各图显示默认状态，并注明其交互版本的位置。',
		liveVersion: '交互版本：',
		onlineOnly: '（仅限在线版）',
		contents: '章节',
		chapter: (n: number) => `第 ${n} 章`
	},
	quiz: {
		title: '小测',
		yourAnswer: '你的答案',
		check: '检查',
		showAnswer: '查看答案',
		showSolution: '查看详解',
		answeredBefore: '你之前答过这道题。',
		// What each unit accepts, said when the reader's text is not a number in it.
		examples: {
			params: '参数量，例如“70 亿”或“7e9”',
			tokens: '词元数，例如“2 万亿”或“2e12”',
			compute: '以 FLOP 计的算力，例如“1e22”或“1 × 10^22”',
			ratio: '一个数，例如“3.2”',
			loss: '以奈特/词元计的损失，例如“2.5”',
			percent: '百分比，例如“25%”',
			plain: '一个数，例如“0.1”'
		},
		empty: '请先输入答案。',
		unreadable: (example: string) => `这道题读不懂这个输入：请输入${example}。`,
		right: (value: string) => `正确：你的答案（${value}）在容差范围之内。展开答案可查看推导过程。`,
		wrong: (high: boolean) => `还不对：偏${high ? '高' : '低'}了。再试一次，或者准备好了再展开答案。`,
		misconception: (reply: string) => `还不对。${reply}再试一次，或者准备好了再展开答案。`,
		fair: (reply: string) => `这个数本身没错，但不是这道题问的。${reply}再试一次，或者准备好了再展开答案。`,
		chooseFirst: '请先选择一个答案。',
		choiceRight: '正确。展开答案看看为什么。',
		choiceWrong: '不是这个。再试一次，或者准备好了再展开答案。',
		choiceWrongBecause: (reply: string) => `不是这个。${reply}再试一次，或者准备好了再展开答案。`,
		// The choices of each multiple-choice check, in order, each wrong one with its reply (as in en.ts).
		choices: {
			'n-with-d': [
				{
					text: 'N 随 D 的平方根增长',
					reply:
						'这正是本文所纠正的原文的失误。题中的平方根把每个量都与算力联系起来，而不是把 N 与 D 联系起来：把两者都写成 C 的幂，再比较。'
				},
				{ text: 'N 与 D 成正比增长' },
				{
					text: 'N 随 D 的平方增长',
					reply: '那需要 N 的指数是 D 的两倍，比如 N ∝ C 而 D ∝ √C。这里两者都随 √C 增长。'
				}
			],
			'which-approach': [
				{
					text: '方法一，每个预算下的最低损失',
					reply:
						'方法一几乎不做假设：它在每个预算下取所有训练达到的最低损失，再过这些最小值拟合幂律，对别处的损失不作任何断言。'
				},
				{
					text: '方法二，IsoFLOP 曲线',
					reply:
						'方法二只在每个预算的最小值附近假设一个形状：沿每条等算力线，损失是 ln N 的抛物线。离开最小值，它不作假设。'
				},
				{ text: '方法三，参数化损失' }
			],
			'alpha-much-smaller': [
				{ text: '几乎全部用于更大的模型' },
				{
					text: '几乎全部用于更多的数据',
					reply:
						'α 小，意味着参数那一项下降得慢：模型每增大一步换来的损失下降很少，所以要走很多步。想一想这时哪个旋钮要拧得更远，再看看 β 在 a = β/(α+β) 中的位置。'
				},
				{
					text: '仍然大约各占一半',
					reply:
						'各占一半来自 α ≈ β：只有两个指数相等时，a = β/(α+β) 才等于二分之一。α 远小于 β 时，这个比例离二分之一很远。'
				}
			],
			'larger-beta': [
				{ text: 'a 变大：最优模型随预算增长得更快' },
				{
					text: 'a 变小：最优模型增长得更慢',
					reply: '看看 β 在 a = β/(α+β) 中的位置：它在分子上，而在分母里只占一份。'
				},
				{
					text: 'a 不变',
					reply: 'a = β/(α+β) 取决于 β：只有 α 按比例一起增大时，它才不变。'
				}
			],
			'direct-test': [
				{
					text: 'Kaplan 的 47.4 亿',
					reply:
						'这正是 Kaplan 等人的规则所预测的，而这项实验正是为检验它而做的。预算固定时，每多一个参数都要用词元来换：想一想两者中哪一个词元不够。'
				},
				{ text: '方法一的 28.0 亿' },
				{
					text: '两者持平',
					reply: '两者并未持平：在同一预算下训练，其中一个达到了更低的损失（附录 D.4，图 A4）。'
				}
			]
		},
		// What each number check says to its known mistakes (as in en.ts), without giving the answer away.
		replies: {
			'gopher-compute': {
				published:
					'论文给出的 Gopher 预算是 5.76 × 10²³ FLOP，即 Rae 等人报告的数字；Hoffmann 等人自己更完整的计算得到 6.3 × 10²³（附录 F）。这道题问的是 6·N·D 这一简便估算给出多少，它略去了注意力等小项：请把它乘出来。',
				'no-six':
					'这是 N·D，参数量乘以词元数。训练时每个参数、每个词元大约花 6 次 FLOP：前向传播 2 次，反向传播 4 次。',
				'forward-only': '这只算了前向传播，每个参数、每个词元 2 次 FLOP。反向传播还要再花 4 次。',
				'powers-of-ten': '漏了 10 的幂：2800 亿是 2.8 × 10¹¹，3000 亿是 3 × 10¹¹，先这样写好再相乘。'
			},
			'tenfold-approach1': {
				proportional:
					'模型变为十倍，意味着新增的算力全部投入参数（指数为 1），词元数保持不变。当 a = 0.50 时，这十倍由参数和词元分摊。',
				'times-exponent': '这是把十倍乘以指数。幂律是取指数次幂：模型变为原来的 10 的 a 次方倍。',
				kaplan: '这是 Kaplan 等人的指数 0.73 给出的结果。方法一得到的是 a = 0.50。',
				exponent: '这是指数 a 本身。题目问的是模型变为原来的多少倍：10 的 a 次方。'
			},
			'exponent-a': {
				unrounded:
					'表 2 给出的方法三指数是 0.46，舍入之前的常数给出的值也接近它。这道题问的是论文公布的、舍入过的 α = 0.34 和 β = 0.28 给出什么，而常数的舍入就足以让指数变动。',
				b: '这是 b = α/(α+β)，即词元数的指数。模型的指数 a 分子是 β。',
				kaplan: '0.73 是 Kaplan 等人的指数，来自另一项研究、另一个拟合。请用这一拟合的 α 和 β 算出 a。',
				half: '0.5 是舍入后的结论，方法一得到 0.50。这一拟合自己的常数给出的值略有不同：算一算 β/(α+β)。',
				'beta-over-alpha': '这是 β/α。a 的分母是两个指数之和 α + β。'
			},
			'source-model': {
				source:
					'10 亿正是原文自己的答案。它来自原文的预算公式 C = N·D，代入原文的 10²¹ FLOP 和 10¹² 个词元，得 N = C/D。这里不需要预算：每参数 20 个词元，词元数本身就决定了模型。',
				'tenfold-tokens': '这是从 10¹² 个词元出发，也就是原文对“1000亿”的误读。亿是 10⁸，1000 亿词元是 10¹¹。',
				'times-20': '这是乘了 20。每参数 20 个词元意味着 D = 20 N：参数量只有词元数的二十分之一。',
				tokens: '这是词元数，不是参数量。每个参数分到 20 个词元。',
				'square-root': '这是把原文的 N ∝ √D 当成了 N = √D。论文的规则是一个比值：D = 20 N。'
			},
			'half-size-overhead': {
				'token-factor':
					'这大约是词元倍数 k_D（或 k_D − 1）：半规模模型读取的词元是最优词元的多少倍。它的算力是最优模型的 k_N·k_D 倍，而 k_N 是 0.5。',
				total:
					'这看起来是 k_N·k_D，即半规模模型的算力是最优模型的多少倍。额外开销只是超出最优的那一部分：k_N·k_D − 1。',
				epoch:
					'这是 Epoch 重新拟合下的开销，也就是本文各图默认使用的拟合。题目问的是论文公布的方法三拟合（α = 0.34，β = 0.28）。',
				'percent-sign':
					'注意百分号：加上它，这个值还不到百分之一。请输入不带百分号的小数（0.25）或带百分号的百分数（25%）。'
			},
			'llama-ratio': {
				chinchilla:
					'20 是 Chinchilla 的比值，即计算最优的比值。题目问的是 Llama 3.1 8B 实际的训练量：用它的词元数除以参数量。',
				units: '注意单位：15 万亿词元、80 亿参数，而 1 万亿是 1 亿的一万倍。',
				inverse: '这是每个词元对应的参数量，比值倒过来了。应该用词元数除以参数量。'
			},
			'four-epochs': {
				'all-fresh': '这把每一轮都当成了全新的数据。按 Muennighoff 等人的公式，重复的词元比新词元的价值略低。',
				'r-is-epochs': '这里取了 R = 4。四轮是第一轮加上三次重复，所以 R = 3。',
				'repeats-only': '这只是重复部分的价值。还要加上第一轮，也就是 1000 亿个不重复的词元本身。',
				worthless: '这把重复当成毫无价值。在大约四轮以内，重复的词元几乎和新词元一样有价值。'
			},
			'tenfold-epoch': {
				proportional:
					'模型变为十倍，意味着新增的算力全部投入参数（指数为 1）。Epoch 重新拟合把这十倍在参数和词元之间分摊。',
				'times-exponent': '这是把十倍乘以指数。幂律是取指数次幂：模型变为原来的 10 的 a 次方倍。',
				kaplan: '这是 Kaplan 等人的指数 0.73 给出的结果。Epoch 重新拟合有自己的 a = β/(α+β)，由题中的 α 和 β 算出。',
				exponent: '这是指数 a 本身。题目问的是模型变为原来的多少倍：10 的 a 次方。'
			},
			'source-compute': {
				'no-six': '这是 N·D，也就是原文的 C = N·D。训练时每个参数、每个词元大约花 6 次 FLOP。',
				'forward-or-zetta':
					'10²¹ 是 2·N·D，只算了前向传播，也恰好是原文以为的一个 zettaFLOP/s-day。反向传播每个参数、每个词元还要再花 4 次 FLOP。',
				'zetta-day': '这是一个 zettaFLOP/s-day，即原文给出的预算，换算是对的。题目问的是这次训练的花费，它要少得多。',
				'tenfold-tokens': '这用了 10¹² 个词元，即原文对“1000亿”的误读；1000 亿词元是 10¹¹。'
			},
			'one-epoch-plan': {
				'no-six': '这是预算除以词元数，即 C/D。训练时每个参数、每个词元约花 6 次 FLOP，所以 N = C/(6·D)。',
				'compute-optimal':
					'这是计算最优模型，它要把 3000 亿不重复词元过四轮以上。只允许一轮时，起约束作用的是数据：每个词元模型只见一次。',
				'four-epochs': '这是允许四轮时的方案。只允许一轮时，模型只能见到 3000 亿个不重复词元，剩下的预算都花在参数上。',
				twenty:
					'这是让 3000 亿词元按每参数 20 个词元来分配，大部分预算都没花掉。方案会用满预算：D 固定为 3000 亿，6·N·D = C。'
			},
			'cluster-budget': {
				'no-mfu': '这是集群每一秒都跑满峰值时的算力。实际训练只能达到它的利用率，这里是峰值的 40%。',
				'sparse-peak': '这用了数据手册上的 1979 TFLOP/s，那是按稀疏计算的数字。稠密训练按稠密峰值 989 TFLOP/s 计算。',
				hours: '峰值是每秒的算力：30 天要换算成秒（每天 86400 秒），而不是小时。',
				'one-accelerator': '这是一块加速器的预算。实验室有 512 块。',
				percent: '40% 的利用率是小数 0.4，而不是 40。'
			},
			'llama2-compute': {
				'no-six':
					'这是 N·D，参数量乘以词元数。训练时每个参数、每个词元大约花 6 次 FLOP：前向传播 2 次，反向传播 4 次。',
				'forward-only': '这只算了前向传播，每个参数、每个词元 2 次 FLOP。反向传播还要再花 4 次。',
				'powers-of-ten': '漏了 10 的幂：700 亿是 7 × 10¹⁰，2 万亿是 2 × 10¹²，先这样写好再相乘。'
			},
			'exponent-two-rows': {
				'no-log':
					'这是把一个比值除以另一个比值，即 10 除以约 101.7。幂律要靠对数把比值变成指数：用规模之比的对数除以算力之比的对数。',
				inverse: '这是把除法颠倒了。a 说的是 N 随 C 增长得多快，所以规模之比的对数在分子上。',
				kaplan: '这是 Kaplan 等人的指数 0.73。表 3 的这两行给出的是方法一自己的指数。'
			},
			'exponent-hundredfold': {
				half: '这是 a = 0.50 时的预测，即乘以 10。a = 0.46 时，倍数是 100 的 0.46 次方。',
				kaplan: '这用的是 Kaplan 等人的 0.73。第 1 小题先问的是 a = 0.46。',
				'times-exponent': '这是把一百倍乘以指数。幂律是取指数次幂：100 的 0.46 次方。',
				'printed-law':
					'这是论文公布的方法三定律本身在 5.76 × 10²⁵ FLOP 下给出的结果，起点是它自己的。第 1 小题的起点是方法一的 670 亿，只用指数来移动它。'
			},
			'loss-terms-ratio': {
				inverse: '这是 α/β，比值颠倒了。平衡条件 αA·N^−α = βB·D^−β 使模型项与数据项之比为 β/α。',
				'fraction-a': '这是 a，即模型项在全部可约损失中所占的比例。题目问的是两项之比。',
				'fraction-b': '这是 b，即数据项在可约损失中所占的比例，而不是模型项与数据项之比。'
			},
			'doubling-share': {
				remaining: '这是翻一番之后剩下的部分，即可约损失的 2^−γ。题目问的是翻一番消除了多少。',
				gamma: '这是 γ 本身，即指数。翻一番会让可约损失乘以 2 的 −γ 次方。',
				half: '让可约损失减半要翻很多番，而不是一番：每翻一番只乘以 2 的 −γ 次方，一个接近 1 的因子。'
			},
			'tokens20-model': {
				'no-twenty': '这是 √(C/6)，即读到的词元数与参数量相等的模型。每参数 20 个词元时，C = 6·N·20N = 120N²。',
				'no-six':
					'这是 √(C/20)：每参数 20 个词元算进去了，每个参数、每个词元的 6 次 FLOP 却没有。C = 6·N·D，其中 D = 20N。',
				tokens: '这是词元数 D = 20N。题目问的是参数量。',
				'no-root': '这是 C/120，它等于 N² 而不是 N：还要开平方。'
			},
			'post-compute': {
				'no-six': '这是 N·D，也就是原文的 C = N·D。训练时每个参数、每个词元约花 6 次 FLOP。',
				'forward-only': '这只算了前向传播，每个参数、每个词元 2 次 FLOP。反向传播还要再花 4 次。',
				'source-budget':
					'这是原文的预算 10²¹ FLOP，即它对一个 zettaFLOP/s-day 的理解。题目问的是它那个 10 亿参数、1000 亿词元的模型实际要花多少。',
				'tenfold-tokens': '这用了 10¹² 个词元，即原文对“1000亿”的误读；1000 亿词元是 10¹¹。'
			},
			'half-size-break-even': {
				saving:
					'这是把每个服务词元的节省算成了最优模型的全部 2·N。较小的模型每个词元仍要花 2·k_N·N：节省的是 2·(1 − k_N)·N，这里就是 N。',
				'flop-ratio':
					'这是把服务一个词元和训练一个词元等量齐观。训练时每个参数、每个词元花 6 次 FLOP，服务只花 2 次，所以 T = 3·o·D_opt/(1 − k_N)。',
				multiple: '这是 T 相对于 D_opt 的倍数。题目问的是词元数：还要乘以最优模型自己的词元数。',
				'optimum-tokens': '这是 D_opt，即最优模型的训练词元数，而不是持平点。T = 3·o·D_opt/(1 − k_N)。'
			},
			'llama2-7b-overhead': {
				epoch: '这是 Epoch 重新拟合下的额外算力。这个答题框检验的是论文公布的方法三拟合下的值。',
				total: '这是 Llama 2 7B 的算力相对于最便宜模型的倍数，即 1 + o。额外算力只是超出的那一部分。'
			},
			'kaplan-direct-size': {
				'c-not-cmin':
					'这是把整个预算放在了 Kaplan 公式中 C_min 的位置上。按临界批量大小训练时，一次训练的花费约为 C_min 的两倍（Kaplan §6），所以这里 C_min = C/2。',
				approach1: '这是方法一给出的规模，即第 2 小题的答案。第 1 小题问的是 Kaplan 的规则。',
				trained: '这是附录 D.4 随后实际训练的规模，形状与规则给出的接近。规则本身预测的略小一些：请把它算出来。'
			},
			'sixteen-epochs': {
				'r-is-epochs': '这里取了 R = 16。十六轮是第一轮加上十五次重复，所以 R = 15。',
				fresh: '这把每一轮都当作新鲜数据。按 Muennighoff 等人的公式，重复的词元价值更低。',
				'repeats-only': '这漏掉了第一轮。D′ = U + U·R*·(1 − e^(−R/R*))：不重复词元本身要完整地算一次。',
				multiple: '这看起来是 D′/U，即以不重复数据为单位的十六轮价值。题目问的是占十六轮新鲜数据的比例：还要除以 16。'
			},
			'approach1-token-exponent': {
				inverse: '这是 1/b，把拟合颠倒了：FLOP 对词元。用词元对 FLOP 拟合，得到的就是 b 本身。',
				kaplan: '这是 Kaplan 等人的 b，即 0.27。表 3 的各行都落在各自的预算线上，所以词元的指数是 1 − a。',
				negative: '这是 −a。沿着同一条预算线，模型增大时词元减少；但沿着表 3 的各行，两者都在增长：D ∝ C^(1 − a)。'
			}
		},
		progressHeading: '你的小测',
		progress: (done: number, total: number) => `你已在此浏览器中完成 ${total} 道小测中的 ${done} 道。`,
		progressNone: (total: number) => `本文共有 ${total} 道小测；你答过的会在这里打勾，仅保存在此浏览器中。`,
		progressChapter: (done: number, total: number) => `${done} / ${total}`,
		clear: '清除我的答案',
		cleared: '已清除：现在没有保存任何内容。',
		openFigure: '在本题的状态下打开对应的图',
		printSpace: '答案：'
	},
	parse: {
		ambiguousComma: (text: string, thousands: string, decimal: string) =>
			`“${text}”中的逗号既可能是千位分隔符（${thousands}），也可能是小数点（${decimal}）：请去掉逗号，写成 ${thousands} 或 ${decimal}。`
	}
};

export default zh;
