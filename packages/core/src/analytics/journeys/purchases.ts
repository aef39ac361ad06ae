import { amountOf, isCountableAmount, PURCHASE_NAMES } from '../../event/money.js';
import type { CairnEvent, JsonValue } from '../../event/types.js';

/** A purchase, as read from a tracker, GA4 or Segment event. */
export interface Purchase {
  orderId: string;
  value: number;
  currency: string | null;
}

export { PURCHASE_NAMES };

/** An amount, when it is one reports can sum (events stored before validation bounded them may hold 1e308). */
function numberOf(value: JsonValue | undefined): number | null {
  const amount = amountOf(value);
  return amount !== null && isCountableAmount(amount) ? amount : null;
}

function stringOf(value: JsonValue | undefined): string | null {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** Whether an event is a completed purchase. */
export function isPurchase(event: CairnEvent): boolean {
  return PURCHASE_NAMES.has(event.name) && (event.type === 'checkout' || event.type === 'track');
}

/**
 * The purchase an event records, or `null`. Value: `value`, else `revenue`, else `total`
 * (GA4 / Segment), else 0; order id: `orderId`, `order_id`, `transaction_id`, else the event id.
 */
export function purchaseOf(event: CairnEvent): Purchase | null {
  if (!isPurchase(event)) return null;
  const p = event.props ?? {};
  const value = numberOf(p['value']) ?? numberOf(p['revenue']) ?? numberOf(p['total']) ?? 0;
  const orderId =
    stringOf(p['orderId']) ?? stringOf(p['order_id']) ?? stringOf(p['transaction_id']) ?? stringOf(p['transactionId']) ?? event.id;
  const currency = stringOf(p['currency']);
  return { orderId, value, currency: currency === null ? null : currency.toUpperCase() };
}
