/**
 * Input guards shared by the core. Every public function checks its numbers here so that a bad value fails
 * loudly, with its name, instead of turning into NaN three calls later.
 */

/** Throws a RangeError naming `name` unless `value` is a finite number greater than zero. */
export function requirePositive(name: string, value: number): number {
	if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
		throw new RangeError(`${name} must be a finite number greater than 0, got ${String(value)}`);
	}
	return value;
}

/** Throws a RangeError naming `name` unless `value` is a finite number (any sign). */
export function requireFinite(name: string, value: number): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		throw new RangeError(`${name} must be a finite number, got ${String(value)}`);
	}
	return value;
}
