import './style.css';
import { navigate, startRouter } from './router.js';
import { tracker } from './tracker.js';

const root = document.getElementById('view') as HTMLElement;

// The app's own actions. Clicks on these buttons are captured by Cairn already ("Subscribe now",
// "Pay €29"); the subscription itself is recorded as checkout steps and a purchase.
document.addEventListener('click', (e) => {
  const plan = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-plan]') : null;
  if (plan?.dataset.plan === 'explorer') navigate(root, '/checkout');
  else if (plan) navigate(root, '/account');
});
document.addEventListener('submit', (e) => {
  const form = e.target;
  if (!(form instanceof HTMLFormElement) || !form.matches('[data-subscribe]')) return;
  e.preventDefault();
  const orderId = `BC-${Date.now().toString(36).toUpperCase()}`;
  tracker.checkout('payment', { method: 'card' });
  tracker.purchase({ orderId, value: 29, currency: 'EUR', items: [{ id: 'explorer-year', name: 'Explorer, 1 year', price: 29, quantity: 1 }] });
  form.hidden = true;
  root.querySelector<HTMLElement>('.done')!.hidden = false;
});

startRouter(root);

// For the browser tests and the curious: `await window.basecamp.flush()` sends what is queued.
(window as unknown as { basecamp: { flush: () => Promise<void> } }).basecamp = { flush: () => tracker.flush() };
