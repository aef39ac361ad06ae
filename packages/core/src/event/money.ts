import { LIMITS } from './limits.js';
import type { JsonValue, Props } from './types.js';
import type { ValidationError } from './validate.js';

/** Event names that are a completed purchase whatever the event type (GA4, Segment, Snowplow). */
export const PURCHASE_NAMES: ReadonlySet<string> = new Set(['purchase', 'Order Completed', 'order_completed', 'transaction']);

/** Event names of a refund (GA4, Segment): the only events whose amounts may be negative. */
export const REFUND_NAMES: ReadonlySet<string> = new Set(['refund', 'Order Refunded', 'order_refunded']);

/** `props` keys holding an amount of money on a commerce event (GA4, Segment). */
const MONEY_KEYS = ['value', 'revenue', 'total', 'price', 'tax', 'shipping', 'discount'];

/** A number, or a string that reads as one (trackers send both), else `null`. */
export function amountOf(value: JsonValue | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const number = Number(value);
    return Number.isFinite(number) ? number : null;
  }
  return null;
}

/** Whether an amount is one Cairn counts: finite, and within ±{@link LIMITS.moneyMax}. */
export function isCountableAmount(amount: number): boolean {
  return Math.abs(amount) <= LIMITS.moneyMax;
}

/**
 * Checks the amounts of a commerce event (a checkout step, a purchase, a refund): each money key of
 * `props`, and `price` of each `props.items` entry, must be at most {@link LIMITS.moneyMax} and not
 * negative, except on refunds. Reports sum these, so one hostile `1e308` would make revenue infinite.
 */
export function checkMoney(type: unknown, name: unknown, props: Props, path: string, errors: ValidationError[]): void {
  const refund = typeof name === 'string' && REFUND_NAMES.has(name);
  const commerce = type === 'checkout' || refund || (typeof name === 'string' && PURCHASE_NAMES.has(name));
  if (!commerce) return;
  const check = (value: JsonValue | undefined, at: string): void => {
    const amount = amountOf(value);
    if (amount === null) return; // not a number: never read as money
    if (!isCountableAmount(amount)) {
      errors.push({ path: at, message: `${amount} is outside the range of money amounts (at most ${LIMITS.moneyMax} in absolute value)` });
    } else if (amount < 0 && !refund) {
      errors.push({ path: at, message: `${amount} is negative; only refunds carry negative amounts (0 to ${LIMITS.moneyMax})` });
    }
  };
  for (const key of MONEY_KEYS) check(props[key], `${path}.${key}`);
  const items = props['items'];
  if (Array.isArray(items)) {
    items.forEach((item, i) => {
      if (typeof item === 'object' && item !== null && !Array.isArray(item)) check(item['price'], `${path}.items[${i}].price`);
    });
  }
}
