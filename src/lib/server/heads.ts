// Heads of several renders on one page (the whole essay, the solutions).
/**
 * Several chapters' heads as one page's: each component's <style> once (chapters share components, and an id must be
 * unique; the solutions page carried 86 KB of repeats), then whatever else they hold, once.
 */
export function mergeHeads(heads: readonly string[]): string {
	const styles = new Map<string, string>();
	const rest: string[] = [];
	for (const head of heads) {
		const left = head.replace(/<style id="([^"]+)">[\s\S]*?<\/style>/g, (style, id: string) => {
			styles.set(id, style);
			return '';
		});
		if (left.trim()) rest.push(left.trim());
	}
	return [...styles.values(), ...new Set(rest)].join('\n');
}
