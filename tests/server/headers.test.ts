import { describe, expect, it } from 'vitest';
import { framingHeaders } from '$lib/server/headers';

/** The headers a host reading `_headers` gives `path` (every matching rule applies, as on Netlify). */
function headersFor(file: string, path: string): string[] {
	const out: string[] = [];
	let matches = false;
	for (const line of file.split('\n')) {
		if (!line || line.startsWith('#')) continue;
		if (!line.startsWith(' ')) {
			const pattern = new RegExp(`^${line.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
			matches = pattern.test(path);
		} else if (matches) out.push(line.trim());
	}
	return out;
}

describe('the framing headers', () => {
	const file = framingHeaders({
		root: '/course/x/',
		embeds: '/course/x/embed/',
		pages: ['/course/x/compute/', '/course/x/explore/']
	});

	it('let any site frame an embed page, and nothing else', () => {
		expect(headersFor(file, '/course/x/embed/iso-loss/')).toEqual(['Content-Security-Policy: frame-ancestors *']);
		expect(headersFor(file, '/course/x/embed/iso-loss/index.html')).toEqual([
			'Content-Security-Policy: frame-ancestors *'
		]);
	});

	it('keep every other page, the contents page and the 404 page unframeable', () => {
		for (const path of ['/course/x/', '/course/x/index.html', '/course/x/404.html', '/course/x/compute/']) {
			expect(headersFor(file, path), path).toEqual([
				"Content-Security-Policy: frame-ancestors 'none'",
				'X-Frame-Options: DENY'
			]);
		}
		expect(headersFor(file, '/course/x/explore/index.html')).toContain('X-Frame-Options: DENY');
	});
});
