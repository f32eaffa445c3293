import { describe, expect, it } from 'vitest';
import { extractDeclaration } from '$lib/code/extract';
import frontierSource from '../../src/lib/scaling/frontier.ts?raw';

const source = `import x from 'y';

/**
 * Adds.
 */
export function add(a: number, b: number): number {
	return a + b;
}

// Why six.
export const SIX = 6;

export const table = {
	a: 1
};
`;

describe('extractDeclaration', () => {
	it('takes a function with its doc comment and closing brace', () => {
		const { lines, firstLine } = extractDeclaration(source, 'add');
		expect(firstLine).toBe(3);
		expect(lines[0]).toBe('/**');
		expect(lines.at(-1)).toBe('}');
		expect(lines).toHaveLength(6);
	});

	it('takes a one-line constant with its line comment', () => {
		expect(extractDeclaration(source, 'SIX')).toEqual({
			lines: ['// Why six.', 'export const SIX = 6;'],
			firstLine: 10
		});
	});

	it('takes a multi-line constant to its closing line', () => {
		expect(extractDeclaration(source, 'table').lines).toEqual(['export const table = {', '\ta: 1', '};']);
	});

	it('finds frontierOf in the real core', () => {
		const { lines } = extractDeclaration(frontierSource, 'frontierOf', 'frontier.ts');
		expect(lines.join('\n')).toContain('const G = ((alpha * A) / (beta * B)) ** (1 / (alpha + beta));');
	});

	it('names what is missing', () => {
		expect(() => extractDeclaration(source, 'subtract', 'math.ts')).toThrow(
			/math.ts has no exported declaration called subtract/
		);
	});
});
