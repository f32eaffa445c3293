// What a figure says when its code does not arrive (a dropped connection, or a redeploy that replaced it), in every
// edition's language, keyed by <html lang>. Apart from the tables in en/ and zh/: the page script that every page
// loads carries these few words itself, since importing an edition's table there would put the whole table into it.

export interface IslandFailure {
	message: string;
	/** Between the message and the link (Chinese needs nothing). */
	gap: string;
	reload: string;
}

export const islandFailure: Readonly<Record<'en-US' | 'zh-CN', IslandFailure>> = {
	'en-US': {
		message: 'This figure’s code did not arrive (the site may have been updated since the page was opened).',
		gap: ' ',
		reload: 'Reload the page'
	},
	'zh-CN': {
		message: '这张图的代码没能加载（打开本页之后，网站可能已经更新）。',
		gap: '',
		reload: '重新加载本页'
	}
};

/** The words for a page in language `lang` (its <html lang>); English for any other. */
export function islandFailureIn(lang: string): IslandFailure {
	return Object.hasOwn(islandFailure, lang)
		? islandFailure[lang as keyof typeof islandFailure]
		: islandFailure['en-US'];
}
