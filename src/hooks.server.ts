import type { Handle } from '@sveltejs/kit';
import { ui } from '$lib/i18n';

// Every page says its language (src/app.html is written for English; the Chinese edition's build says zh-CN), so screen
// readers pick the right voice and browsers the right fonts and line breaking.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('<html lang="en">', `<html lang="${ui.locale}">`)
	});
