// Published models with their parameter and training-token counts, each with the source it is read from.
// Numbers as in FACTS.md; `cite` keys point into content/bibliography.json.

export interface PublishedModel {
	id: string;
	name: string;
	/** Parameters N. */
	params: number;
	/** Training tokens D. */
	tokens: number;
	year: number;
	cite: string;
	/** Where the chart writes its name, where neighbours would collide (default: right of the point). */
	labelAt?: 'left' | 'below' | 'above';
}

export const models: readonly PublishedModel[] = [
	{ id: 'gpt3', name: 'GPT-3', params: 175e9, tokens: 300e9, year: 2020, cite: 'hoffmann2022', labelAt: 'left' },
	{ id: 'lamda', name: 'LaMDA', params: 137e9, tokens: 168e9, year: 2022, cite: 'hoffmann2022' },
	{
		id: 'jurassic1',
		name: 'Jurassic-1',
		params: 178e9,
		tokens: 300e9,
		year: 2021,
		cite: 'hoffmann2022',
		labelAt: 'below'
	},
	{ id: 'gopher', name: 'Gopher', params: 280e9, tokens: 300e9, year: 2021, cite: 'hoffmann2022' },
	{ id: 'mtnlg', name: 'MT-NLG', params: 530e9, tokens: 270e9, year: 2022, cite: 'hoffmann2022' },
	{ id: 'chinchilla', name: 'Chinchilla', params: 70e9, tokens: 1.4e12, year: 2022, cite: 'hoffmann2022' },
	{ id: 'palm', name: 'PaLM', params: 540e9, tokens: 780e9, year: 2022, cite: 'chowdhery2022' },
	{ id: 'llama-7b', name: 'LLaMA 7B', params: 6.7e9, tokens: 1.0e12, year: 2023, cite: 'touvron2023', labelAt: 'left' },
	{ id: 'llama-13b', name: 'LLaMA 13B', params: 13.0e9, tokens: 1.0e12, year: 2023, cite: 'touvron2023' },
	{
		id: 'llama-33b',
		name: 'LLaMA 33B',
		params: 32.5e9,
		tokens: 1.4e12,
		year: 2023,
		cite: 'touvron2023',
		labelAt: 'left'
	},
	{
		id: 'llama-65b',
		name: 'LLaMA 65B',
		params: 65.2e9,
		tokens: 1.4e12,
		year: 2023,
		cite: 'touvron2023',
		labelAt: 'below'
	},
	{
		id: 'llama2-7b',
		name: 'Llama 2 7B',
		params: 7e9,
		tokens: 2.0e12,
		year: 2023,
		cite: 'touvron2023b',
		labelAt: 'left'
	},
	{ id: 'llama2-13b', name: 'Llama 2 13B', params: 13e9, tokens: 2.0e12, year: 2023, cite: 'touvron2023b' },
	{
		id: 'llama2-70b',
		name: 'Llama 2 70B',
		params: 70e9,
		tokens: 2.0e12,
		year: 2023,
		cite: 'touvron2023b',
		labelAt: 'above'
	},
	{
		id: 'llama31-405b',
		name: 'Llama 3.1 405B',
		params: 405e9,
		tokens: 15.6e12,
		year: 2024,
		cite: 'grattafiori2024',
		labelAt: 'left'
	}
];

/** The model "your model" starts at before the reader moves it: Gopher, the model Chinchilla was built to beat. */
export const defaultModel = models.find((m) => m.id === 'gopher')!;
