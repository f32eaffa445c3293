// The Chinese edition's interface strings: the same shape as ../en/, key for key, in the same order; the sections
// only some figures use are files of their own beside this one, as in English.
// Counts use 万, 亿 and 万亿 ("700 亿" parameters, "1.4 万亿" tokens); numbers reach these functions already formatted.
import type { CitedEssay, Messages } from '../en';

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
	commitGuess: {
		commit: '确认我的猜测',
		yours: (guess: string) => `你的猜测：${guess}。`,
		noJs: '显示此图（开启 JavaScript 才能提交猜测）'
	},
	live: {
		negligible: '0.1% 以下'
	},
	footer: '一篇关于 Hoffmann 等人（2022）的交互式文章。本站的每一个数字都出自同一个缩放定律计算核心。',
	solutions: {
		title: '答案与详解',
		summary:
			'本文的每一道小测和习题，按章节排列，答案全部展开：供教师阅读或打印。与各章一样，其中的实时数字随读者自己设置的预算和拟合变化。',
		quizzes: '小测',
		problems: '习题',
		link: '答案与详解（供教师使用）'
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
	parse: {
		ambiguousComma: (text: string, thousands: string, decimal: string) =>
			`“${text}”中的逗号既可能是千位分隔符（${thousands}），也可能是小数点（${decimal}）：请去掉逗号，写成 ${thousands} 或 ${decimal}。`
	}
};

export default zh;
