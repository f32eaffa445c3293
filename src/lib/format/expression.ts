// A little arithmetic for answers that are plain numbers or ratios: "10^0.5", "√10", "sqrt(10)", "28/62",
// "0.28/(0.34+0.28)". Numbers are read by ./literal.ts, so "0,28/0,62" works and "1,500" is refused with its reason.
// A recursive-descent reader over a handful of operators; no names but sqrt, nothing evaluated as code.
import { readLiteral, refused, type Reading } from './literal';

type Token = { kind: 'number'; reading: Reading } | { kind: 'op'; op: string };

/** Thrown inside the reader when the tokens do not form an expression; caught at its top. */
class Unreadable extends Error {}

/** Longest typed expression read: enough for any worked answer, short enough that nothing pathological runs. */
const MAX_LENGTH = 120;

// A number: digits with separators (a space only between digits), then an optional exponent.
const NUMBER = /^(?:\d(?:[\d.,]| (?=\d))*|[.,]\d(?:[\d.,]| (?=\d))*)(?:e[+-]?\d+)?/i;

function tokenize(text: string): Token[] | Reading {
	const tokens: Token[] = [];
	let rest = text;
	while (rest) {
		if (rest[0] === ' ') {
			rest = rest.slice(1);
			continue;
		}
		const number = NUMBER.exec(rest);
		if (number) {
			const reading = readLiteral(number[0]);
			if (!reading.ok) return reading;
			tokens.push({ kind: 'number', reading });
			rest = rest.slice(number[0].length);
			continue;
		}
		const word = /^(sqrt|[x×*·/÷^()+\-√])/i.exec(rest);
		if (!word) return refused;
		const op = word[0].toLowerCase();
		tokens.push({ kind: 'op', op: op === 'x' || op === '×' || op === '·' ? '*' : op === '÷' ? '/' : op });
		rest = rest.slice(word[0].length);
	}
	return tokens;
}

/**
 * Reads an arithmetic expression of numbers with + − × / ^ √, sqrt( ) and parentheses. Text is expected normalised
 * (see ./literal's `normaliseTyped`), `**` already written as `^`.
 */
export function readExpression(text: string): Reading {
	const trimmed = text.trim();
	if (!trimmed || trimmed.length > MAX_LENGTH) return refused;
	const tokenized = tokenize(trimmed);
	if (!Array.isArray(tokenized)) return tokenized;
	const tokens: Token[] = tokenized;
	let at = 0;
	const peek = () => tokens[at];
	const isOp = (op: string) => peek()?.kind === 'op' && (peek() as { op: string }).op === op;
	const fail = (): never => {
		throw new Unreadable();
	};

	// sum := product (('+' | '-') product)*
	function sum(): number {
		let value = product();
		while (isOp('+') || isOp('-')) {
			const op = (tokens[at++] as { op: string }).op;
			value = op === '+' ? value + product() : value - product();
		}
		return value;
	}
	// product := unary (('*' | '/') unary)*
	function product(): number {
		let value = unary();
		while (isOp('*') || isOp('/')) {
			const op = (tokens[at++] as { op: string }).op;
			value = op === '*' ? value * unary() : value / unary();
		}
		return value;
	}
	// unary := ('-' | '+' | '√') unary | power
	function unary(): number {
		if (!isOp('-') && !isOp('+') && !isOp('√')) return power();
		const op = (tokens[at++] as { op: string }).op;
		const value = unary();
		return op === '-' ? -value : op === '√' ? Math.sqrt(value) : value;
	}
	// power := primary ('^' unary)?   (right-associative, so 10^-3 and 2^3^2 read as written)
	function power(): number {
		const base = primary();
		if (!isOp('^')) return base;
		at++;
		return base ** unary();
	}
	// primary := number | '(' sum ')' | 'sqrt' '(' sum ')'
	function primary(): number {
		const token = tokens[at++];
		if (!token) return fail();
		if (token.kind === 'number') return token.reading.ok ? token.reading.value : fail();
		if (token.op === 'sqrt') {
			if (!isOp('(')) fail();
			return Math.sqrt(primary());
		}
		if (token.op !== '(') return fail();
		const value = sum();
		if (!isOp(')')) fail();
		at++;
		return value;
	}

	try {
		const value = sum();
		if (at !== tokens.length || !Number.isFinite(value)) return refused;
		return { ok: true, value };
	} catch (reason) {
		if (reason instanceof Unreadable) return refused;
		throw reason;
	}
}
