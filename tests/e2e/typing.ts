// A reader typing into every field of every figure on a page: the fields are found, not listed. Each gets garbage, a
// value out of its range and a good value, the way readers type them, and must answer each in a way a reader can use:
// a message tied to the field for the bad ones, a readout that follows for the good one, never a page error or a NaN.
//
// What a field promises, in its markup (the contract this driver holds every field to):
// - `data-example`: a good value, in the edition's words, that differs from the field's starting state;
// - `aria-invalid="true"` while what is typed cannot be used, with the reason in an element named by `aria-describedby`;
// - `data-unbounded` if any number is an answer (a quick check), so out of range is not an error there;
// - a field in a <form> is committed with Enter, any other on change (leaving the field).
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { settle } from './reader';

/** The text fields of the page's figures, as a reader meets them. */
export function fieldsOf(page: Page): Locator {
	return page
		.locator(
			'figure.widget :is(input[type="text"], input[type="number"], input:not([type]), input[inputmode], textarea):not(:disabled, [readonly])'
		)
		.filter({ visible: true });
}

async function commit(field: Locator): Promise<void> {
	const inForm = await field.evaluate((e) => !!e.closest('form') && e.tagName !== 'TEXTAREA');
	if (inForm) await field.press('Enter');
	// Leaving the field fires `change` for fields that act on it.
	await field.evaluate((e) => e.dispatchEvent(new Event('change', { bubbles: true })));
}

async function describedText(field: Locator): Promise<string> {
	return field.evaluate((e) =>
		(e.getAttribute('aria-describedby') ?? '')
			.split(/\s+/)
			.filter(Boolean)
			.map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
			.join(' ')
			.trim()
	);
}

/** What the figure shows a reader, as text (no code listings). */
async function shown(figure: Locator): Promise<string> {
	return figure.evaluate((f) => (f as HTMLElement).innerText);
}

async function expectRefused(field: Locator, figure: Locator, what: string, name: string): Promise<void> {
	await expect(field, `${name}: ${what} is marked as not usable`).toHaveAttribute('aria-invalid', 'true');
	expect(await describedText(field), `${name}: ${what} gets a message`).not.toBe('');
	expect(await shown(figure), `${name}: ${what}`).not.toMatch(/\bNaN\b|\bundefined\b|Infinity/);
}

/** The out-of-range value a reader might type: past a number field's bounds, or absurdly large. */
async function outOfRange(field: Locator): Promise<string | undefined> {
	return field.evaluate((e) => {
		const input = e as HTMLInputElement;
		if (e.hasAttribute('data-unbounded') || e.tagName === 'TEXTAREA') return undefined;
		if (input.type === 'number' && input.max) return String(Number(input.max) * 1.5 + 1);
		return '1e300';
	});
}

/**
 * Types garbage, an out-of-range value and the field's example into every field of every figure on the page (already
 * open, its islands awake) and checks each answer. Returns how many fields it drove.
 */
export async function typeIntoEveryField(page: Page): Promise<number> {
	// Folded parts of a figure that hold fields (the fitter's "your own runs") are opened, as a reader would.
	// One at a time, the first still folded each time: opening one takes it out of the set (indices taken up front
	// skipped every other one and then waited for one that was no longer there).
	const folded = page.locator('figure.widget details:not([open]):has(input, textarea)');
	for (let left = await folded.count(); left > 0; left--) {
		await folded.first().locator('summary').click();
		await expect(folded).toHaveCount(left - 1);
	}
	const count = await fieldsOf(page).count();
	for (let i = 0; i < count; i++) {
		const field = fieldsOf(page).nth(i);
		const figure = field.locator('xpath=ancestor::figure[1]');
		const name = `${await figure.getAttribute('id')} ${await field.evaluate(
			(e) => (e as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? e.getAttribute('aria-label') ?? e.id
		)}`;
		const example = await field.getAttribute('data-example');
		expect(example, `${name} says what a good value is (data-example)`).toBeTruthy();
		await field.scrollIntoViewIfNeeded();
		// A figure off screen holds still and catches up once in view (the reader's scenario may have moved since):
		// wait until it has, its text and the field's the same two frames running.
		let last = '';
		await expect
			.poll(async () => {
				await settle(page);
				const now = `${await shown(figure)}\n${await field.inputValue()}`;
				const same = now === last;
				last = now;
				return same;
			})
			.toBe(true);
		// A field can already hold the example: on the whole essay, an earlier figure sharing the reader's scenario was
		// just given it. Then the figure is seen with the example typed, and after the bad values the example must bring
		// it back to just that.
		const again = (await field.inputValue()).trim() === example!.trim();
		if (again) {
			await field.fill(example!);
			await commit(field);
		}
		const before = await shown(figure);

		// Garbage. A number field takes only what a keyboard can put in it ("e", "-"), which reads as nothing.
		const isNumber = (await field.getAttribute('type')) === 'number';
		await field.fill('');
		if (isNumber) await field.pressSequentially('-e');
		else await field.fill('zzz?!');
		await commit(field);
		await expectRefused(field, figure, 'garbage', name);

		const far = await outOfRange(field);
		if (far !== undefined) {
			await field.fill(far);
			await commit(field);
			await expectRefused(field, figure, `“${far}”`, name);
		}

		await field.fill(example!);
		await commit(field);
		await expect(field, `${name}: “${example}” is usable`).not.toHaveAttribute('aria-invalid', 'true');
		if (again)
			await expect.poll(() => shown(figure), { message: `${name}: the figure shows “${example}” again` }).toBe(before);
		else
			await expect.poll(() => shown(figure), { message: `${name}: the figure follows “${example}”` }).not.toBe(before);
		expect(await shown(figure), `${name}: after “${example}”`).not.toMatch(/\bNaN\b|\bundefined\b|Infinity/);
	}
	return count;
}
