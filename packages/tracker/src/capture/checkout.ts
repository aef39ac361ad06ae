/**
 * The checkout step a page declares with `data-cairn-checkout-step` on its `<body>` or on a form,
 * read when its page view is recorded.
 */
export const declaredStep = (): string | undefined =>
  (document.querySelector('body[data-cairn-checkout-step],form[data-cairn-checkout-step]') as HTMLElement | null)
    ?.dataset.cairnCheckoutStep;
