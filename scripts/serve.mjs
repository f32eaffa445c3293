#!/usr/bin/env node
// A plain static file server, as a course web host would be: no SvelteKit, no rewrites, no knowledge of the base path.
// Directories serve their index.html, "/dir" redirects to "/dir/", anything else missing gets the root 404.html. Text
// (HTML, JS, CSS, JSON, SVG) goes out gzip-compressed when the browser asks for it, as every static host does.
// Like Netlify or Cloudflare Pages, it applies the rules of a `_headers` file (the build writes one: which pages may be
// framed); it finds that file at its root or, for a sub-path build, in the folder the site sits in.
// Usage: node scripts/serve.mjs <folder> [port]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? 4173);

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.csv': 'text/csv; charset=utf-8'
};

const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest', '.csv']);
/**
 * The rules of every `_headers` file within two folders of the root (the sub-path build's sits under course/…): for
 * each, a pattern over URL paths (`*` is anything) and the headers a matching path gets. Every matching rule applies.
 */
function readHeaderRules(folder, depth = 0) {
	const rules = [];
	const file = join(folder, '_headers');
	if (existsSync(file)) {
		let rule;
		for (const line of readFileSync(file, 'utf8').split('\n')) {
			if (!line.trim() || line.trim().startsWith('#')) continue;
			if (!/^\s/.test(line)) {
				const pattern = line
					.trim()
					.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
					.replace(/\*/g, '.*');
				rule = { pattern: new RegExp(`^${pattern}$`), headers: [] };
				rules.push(rule);
			} else if (rule) {
				const colon = line.indexOf(':');
				rule.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
			}
		}
	}
	if (depth < 3) {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			if (entry.isDirectory() && !entry.name.startsWith('_'))
				rules.push(...readHeaderRules(join(folder, entry.name), depth + 1));
		}
	}
	return rules;
}
const headerRules = readHeaderRules(root);

function ruleHeaders(pathname) {
	const headers = {};
	for (const rule of headerRules) {
		if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) headers[name] = value;
	}
	return headers;
}

/** Compressed bodies, by file and modification time: each file is compressed once. */
const gzipped = new Map();

function send(req, res, status, file) {
	const headers = {
		...ruleHeaders(new URL(req.url ?? '/', 'http://localhost').pathname),
		'content-type': types[extname(file)] ?? 'application/octet-stream',
		vary: 'accept-encoding'
	};
	let body = readFileSync(file);
	if (compressible.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
		const key = `${file}:${statSync(file).mtimeMs}`;
		if (!gzipped.has(key)) gzipped.set(key, gzipSync(body));
		body = gzipped.get(key);
		headers['content-encoding'] = 'gzip';
	}
	res.writeHead(status, { ...headers, 'content-length': body.length });
	res.end(body);
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let pathname;
	try {
		pathname = decodeURIComponent(url.pathname);
	} catch {
		res.writeHead(400).end('bad request');
		return;
	}
	const file = normalize(join(root, pathname));
	if (file !== root && !file.startsWith(root + sep)) {
		res.writeHead(403).end('forbidden');
		return;
	}
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!pathname.endsWith('/')) {
			res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
			return;
		}
		const index = join(file, 'index.html');
		if (existsSync(index)) return send(req, res, 200, index);
	} else if (existsSync(file)) {
		return send(req, res, 200, file);
	}
	const notFound = join(root, '404.html');
	if (existsSync(notFound)) return send(req, res, 404, notFound);
	res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
});

server.listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
