// Which quick checks the reader has answered right, kept in this browser's localStorage only (nothing is sent
// anywhere) and clearable. Pure over a Storage-like object, so it is tested without a browser; a broken or missing
// store reads as "nothing answered" and writes nothing.
import { isQuizId, type QuizId } from './ids';

export const PROGRESS_KEY = 'compute-optimal:quizzes';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The quizzes answered right, in the order answered. */
export function answered(store: Store | undefined): QuizId[] {
	try {
		const parsed: unknown = JSON.parse(store?.getItem(PROGRESS_KEY) ?? '[]');
		return Array.isArray(parsed) ? [...new Set(parsed.filter(isQuizId))] : [];
	} catch {
		return [];
	}
}

export function markAnswered(store: Store | undefined, id: QuizId): QuizId[] {
	const list = answered(store);
	if (!list.includes(id)) list.push(id);
	try {
		store?.setItem(PROGRESS_KEY, JSON.stringify(list));
	} catch {
		// Storage full or refused (private mode): progress is a convenience, the quiz still works.
	}
	return list;
}

export function clearProgress(store: Store | undefined): void {
	try {
		store?.removeItem(PROGRESS_KEY);
	} catch {
		// As above.
	}
}

/** The browser's localStorage, or undefined where there is none or it may not be used. */
export function browserStore(): Store | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}
