// Published models with their parameter and training-token counts, each with the source it is read from.
// Numbers as in FACTS.md; `cite` keys point into content/bibliography.json.

export type Architecture = 'dense' | 'moe';

export interface PublishedModel {
	id: string;
	name: string;
	/** Parameters N; for a mixture of experts, the parameters active for each token (what 6·N·D counts). */
	params: number;
	/** A mixture of experts' parameters in all (only for one). */
	totalParams?: number;
	/** Training tokens D. */
	tokens: number;
	/** Year of release (of the report that states the numbers). */
	year: number;
	cite: string;
	/** Where in the source the numbers stand ("Table 1", "§3.1"). */
	locator?: string;
	/** Pre-trained by distillation from a larger model, not on the tokens alone as the fits' runs were. */
	distilled?: boolean;
	/** Where the chart writes its name, where neighbours would collide (default: right of the point). */
	labelAt?: 'left' | 'below' | 'above';
}

export const models: readonly PublishedModel[] = [
	{
		id: 'gpt3',
		name: 'GPT-3',
		params: 175e9,
		tokens: 300e9,
		year: 2020,
		cite: 'hoffmann2022',
		locator: 'Table 1',
		labelAt: 'left'
	},
	{ id: 'lamda', name: 'LaMDA', params: 137e9, tokens: 168e9, year: 2022, cite: 'hoffmann2022', locator: 'Table 1' },
	{
		id: 'jurassic1',
		name: 'Jurassic-1',
		params: 178e9,
		tokens: 300e9,
		year: 2021,
		cite: 'hoffmann2022',
		locator: 'Table 1',
		labelAt: 'below'
	},
	{ id: 'gopher', name: 'Gopher', params: 280e9, tokens: 300e9, year: 2021, cite: 'hoffmann2022', locator: 'Table 1' },
	{ id: 'mtnlg', name: 'MT-NLG', params: 530e9, tokens: 270e9, year: 2022, cite: 'hoffmann2022', locator: 'Table 1' },
	{
		id: 'chinchilla',
		name: 'Chinchilla',
		params: 70e9,
		tokens: 1.4e12,
		year: 2022,
		cite: 'hoffmann2022',
		locator: 'Table 1'
	},
	// PaLM: 540 B parameters (Table 1, 540.35 B) on 780 B training tokens (§3).
	{
		id: 'palm',
		name: 'PaLM',
		params: 540e9,
		tokens: 780e9,
		year: 2022,
		cite: 'chowdhery2022',
		locator: 'Table 1, §3'
	},
	{
		id: 'llama-7b',
		name: 'LLaMA 7B',
		params: 6.7e9,
		tokens: 1.0e12,
		year: 2023,
		cite: 'touvron2023',
		locator: 'Table 2',
		labelAt: 'left'
	},
	{
		id: 'llama-13b',
		name: 'LLaMA 13B',
		params: 13.0e9,
		tokens: 1.0e12,
		year: 2023,
		cite: 'touvron2023',
		locator: 'Table 2'
	},
	{
		id: 'llama-33b',
		name: 'LLaMA 33B',
		params: 32.5e9,
		tokens: 1.4e12,
		year: 2023,
		cite: 'touvron2023',
		locator: 'Table 2',
		labelAt: 'left'
	},
	{
		id: 'llama-65b',
		name: 'LLaMA 65B',
		params: 65.2e9,
		tokens: 1.4e12,
		year: 2023,
		cite: 'touvron2023',
		locator: 'Table 2',
		labelAt: 'below'
	},
	// Llama 2: 7B, 13B and 70B on 2.0 T tokens (Table 1, "Token counts refer to pretraining data only").
	{
		id: 'llama2-7b',
		name: 'Llama 2 7B',
		params: 7e9,
		tokens: 2.0e12,
		year: 2023,
		cite: 'touvron2023b',
		locator: 'Table 1',
		labelAt: 'left'
	},
	{
		id: 'llama2-13b',
		name: 'Llama 2 13B',
		params: 13e9,
		tokens: 2.0e12,
		year: 2023,
		cite: 'touvron2023b',
		locator: 'Table 1'
	},
	{
		id: 'llama2-70b',
		name: 'Llama 2 70B',
		params: 70e9,
		tokens: 2.0e12,
		year: 2023,
		cite: 'touvron2023b',
		locator: 'Table 1',
		labelAt: 'above'
	},
	// Today's open models. Each report's own numbers; for the sizes a report rounds ("about 15 T"), the round number.
	// Llama 3.1 8B and 70B: "about 15T" tokens, the same corpus as 405B (the Llama 3.1 model card: "15T+").
	{
		id: 'llama31-8b',
		name: 'Llama 3.1 8B',
		params: 8e9,
		tokens: 15e12,
		year: 2024,
		cite: 'grattafiori2024',
		locator: '§1'
	},
	{
		id: 'llama31-70b',
		name: 'Llama 3.1 70B',
		params: 70e9,
		tokens: 15e12,
		year: 2024,
		cite: 'grattafiori2024',
		locator: '§1'
	},
	{
		id: 'llama31-405b',
		name: 'Llama 3.1 405B',
		params: 405e9,
		tokens: 15.6e12,
		year: 2024,
		cite: 'grattafiori2024',
		locator: '§1',
		labelAt: 'left'
	},
	// Qwen2.5: the report gives the pre-training corpus (18 T tokens) but not parameter counts; those are the model
	// cards' (7.61 B, 72.7 B).
	{ id: 'qwen25-7b', name: 'Qwen2.5 7B', params: 7.61e9, tokens: 18e12, year: 2024, cite: 'qwen2024', locator: '§3.1' },
	{
		id: 'qwen25-72b',
		name: 'Qwen2.5 72B',
		params: 72.7e9,
		tokens: 18e12,
		year: 2024,
		cite: 'qwen2024',
		locator: '§3.1'
	},
	// Gemma 2: 9B and 27B on 8 T and 13 T tokens (§3.1), parameters from Table 2. The 2B and 9B models were trained by
	// distillation from a larger model; the 27B from scratch.
	{
		id: 'gemma2-9b',
		name: 'Gemma 2 9B',
		params: 9.24e9,
		tokens: 8e12,
		year: 2024,
		cite: 'gemma2024',
		locator: '§3.1, Table 2',
		distilled: true
	},
	{
		id: 'gemma2-27b',
		name: 'Gemma 2 27B',
		params: 27.2e9,
		tokens: 13e12,
		year: 2024,
		cite: 'gemma2024',
		locator: '§3.1, Table 2'
	},
	// Gemma 3: 12 T and 14 T tokens (§2.2, images included); parameters from Table 1, with the 417 M vision encoder.
	// Every Gemma 3 model was pre-trained by knowledge distillation (§2.2).
	{
		id: 'gemma3-12b',
		name: 'Gemma 3 12B',
		params: 12.2e9,
		tokens: 12e12,
		year: 2025,
		cite: 'gemma2025',
		locator: '§2.2, Table 1',
		distilled: true
	},
	{
		id: 'gemma3-27b',
		name: 'Gemma 3 27B',
		params: 27.4e9,
		tokens: 14e12,
		year: 2025,
		cite: 'gemma2025',
		locator: '§2.2, Table 1',
		distilled: true
	},
	// OLMo 2, counted one way for all three sizes: the pre-training run plus one mid-training run, the longest. Each final
	// model averages several mid-training runs (allenai's model cards): 7B 4 T + 50 B; 13B 5 T + 300 B; 32B 6 T + 300 B.
	{ id: 'olmo2-7b', name: 'OLMo 2 7B', params: 7e9, tokens: 4.05e12, year: 2024, cite: 'olmo2024', locator: '§2.3' },
	{ id: 'olmo2-13b', name: 'OLMo 2 13B', params: 13e9, tokens: 5.3e12, year: 2024, cite: 'olmo2024', locator: '§2.3' },
	{ id: 'olmo2-32b', name: 'OLMo 2 32B', params: 32e9, tokens: 6.3e12, year: 2025, cite: 'olmo2024', locator: '§2.3' },
	// Phi-3: mini 3.8 B on 3.3 T tokens, medium 14 B on 4.8 T (abstract, §2).
	{ id: 'phi3-mini', name: 'Phi-3-mini', params: 3.8e9, tokens: 3.3e12, year: 2024, cite: 'abdin2024', locator: '§2' },
	{
		id: 'phi3-medium',
		name: 'Phi-3-medium',
		params: 14e9,
		tokens: 4.8e12,
		year: 2024,
		cite: 'abdin2024',
		locator: '§2'
	},
	// SmolLM2 1.7B: "~11 trillion tokens" (abstract).
	{
		id: 'smollm2-1.7b',
		name: 'SmolLM2 1.7B',
		params: 1.7e9,
		tokens: 11e12,
		year: 2025,
		cite: 'allal2025',
		locator: 'abstract'
	},
	// DeepSeek-V3, a mixture of experts: 37 B of its 671 B parameters active for each token, 14.8 T tokens (abstract, §4.2).
	{
		id: 'deepseek-v3',
		name: 'DeepSeek-V3',
		params: 37e9,
		totalParams: 671e9,
		tokens: 14.8e12,
		year: 2024,
		cite: 'deepseek2024',
		locator: 'abstract, §4.2'
	}
];

/** The model "your model" starts at before the reader moves it: Gopher, the model Chinchilla was built to beat. */
export const defaultModel = models.find((m) => m.id === 'gopher')!;

export const architecture = (m: Pick<PublishedModel, 'totalParams'>): Architecture =>
	m.totalParams === undefined ? 'dense' : 'moe';
