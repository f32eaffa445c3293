// The few shapes of the Markdown syntax tree (mdast) and file (vfile) that our remark plugins touch.
export interface MdNode {
	type: string;
	value?: string;
	depth?: number;
	url?: string;
	children?: MdNode[];
	data?: { hProperties?: Record<string, unknown>; [key: string]: unknown };
	[key: string]: unknown;
}

export interface MdFile {
	filename?: string;
	path?: string;
	data: { fm?: Record<string, unknown>; [key: string]: unknown };
}
