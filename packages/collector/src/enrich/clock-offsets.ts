/**
 * Each device's clock offset (server clock − client clock, ms), remembered per anonymous id.
 *
 * A batch's offset is estimated as `receivedAt − sentAt`: the true skew plus the request's transit time.
 * The transit time differs from batch to batch (a few ms on a LAN, seconds on a slow phone or a loaded
 * server), so correcting each batch by its own estimate could swap two events of one visitor that were
 * sent in different batches a moment apart. Reusing the first estimate for as long as later ones agree
 * with it (within `toleranceMs`) corrects all of a visitor's events by the same amount: their order is
 * the order of their client times. A clock that was really changed (by more than the tolerance) is
 * followed from its next batch on.
 */
export class ClockOffsets {
  private readonly known = new Map<string, number>();

  /**
   * @param maxDevices How many devices are remembered; past that the oldest is forgotten (its next
   *   batch starts from its own estimate again).
   * @param toleranceMs Estimates this close to the remembered one count as the same clock.
   */
  constructor(
    private readonly maxDevices = 100_000,
    private readonly toleranceMs = 60_000,
  ) {}

  /** The offset to apply to the events of `anonymousId` carried by a batch whose own estimate is `estimate`. */
  settle(anonymousId: string, estimate: number): number {
    const known = this.known.get(anonymousId);
    if (known !== undefined && Math.abs(estimate - known) <= this.toleranceMs) return known;
    if (known === undefined && this.known.size >= this.maxDevices) {
      // Maps iterate in insertion order: the first key is the device remembered longest ago.
      this.known.delete(this.known.keys().next().value as string);
    }
    this.known.set(anonymousId, estimate);
    return estimate;
  }
}
