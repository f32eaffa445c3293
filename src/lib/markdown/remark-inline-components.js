// Lets a line inside a paragraph start with a component: "…the optimum has\n<Live quantity="params" /> parameters".
// mdsvex's Markdown parser (remark-parse 8) ends a paragraph at any line that opens an HTML tag, turning the rest of the
// paragraph into raw HTML (citations and math then go unprocessed). Widgets stand between blank lines anyway, so
// HTML need not interrupt a paragraph.

/** @this {{ Parser?: { prototype?: { interruptParagraph?: [string, unknown?][] } } }} */
export function remarkInlineComponents() {
	const proto = this.Parser?.prototype;
	if (proto?.interruptParagraph) {
		proto.interruptParagraph = proto.interruptParagraph.filter(([name]) => name !== 'html');
	}
}
