import { chapters } from '$lib/server/chapters';

export function load() {
	return { chapters };
}
