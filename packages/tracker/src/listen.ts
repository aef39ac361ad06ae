/** Adds an event listener (capture phase). The tracker passes one that is guarded: it never throws into the page. */
export type Listen = (target: EventTarget, type: string, listener: (event: Event) => void) => void;
