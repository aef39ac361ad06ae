import type { CairnEvent } from '../../event/types.js';
import { isPurchase, PURCHASE_NAMES } from '../journeys/purchases.js';
import type { FunnelStep } from './funnel-step.js';

function segmentStep(event: CairnEvent): number | null {
  const step = event.props?.['step'];
  return typeof step === 'number' ? step : null;
}

function hasProp(event: CairnEvent, name: string): boolean {
  return event.props?.[name] !== undefined;
}

const SEGMENT_STEP = new Set(['Checkout Step Completed', 'Checkout Step Viewed']);

/**
 * begin → shipping → payment → purchase. The first three are optional: a purchase (or a payment) with
 * the earlier steps unrecorded still counts through them (sites without a shipping step, or that never
 * record the start of the checkout). In the tracker's names (`checkout` events named
 * begin/shipping/payment/purchase), GA4's (`begin_checkout`, `add_shipping_info`,
 * `add_payment_info`, `purchase`) and Segment's (`Checkout Started`, `Checkout Step Completed`
 * with `step: 2` or a `shipping_method`, `Payment Info Entered`, `Order Completed`).
 */
export const CHECKOUT_FUNNEL_STEPS: readonly FunnelStep[] = [
  {
    label: 'begin',
    optional: true,
    name: ['begin', 'begin_checkout', 'Checkout Started'],
    match: (e) => e.name !== 'begin' || e.type === 'checkout',
  },
  {
    label: 'shipping',
    optional: true,
    name: ['shipping', 'add_shipping_info', ...SEGMENT_STEP],
    match: (e) =>
      SEGMENT_STEP.has(e.name) ? segmentStep(e) === 2 || hasProp(e, 'shipping_method') : e.name !== 'shipping' || e.type === 'checkout',
  },
  {
    label: 'payment',
    optional: true,
    name: ['payment', 'add_payment_info', 'Payment Info Entered', ...SEGMENT_STEP],
    match: (e) => (SEGMENT_STEP.has(e.name) ? hasProp(e, 'payment_method') : e.name !== 'payment' || e.type === 'checkout'),
  },
  { label: 'purchase', name: [...PURCHASE_NAMES], match: (e) => isPurchase(e) },
];
