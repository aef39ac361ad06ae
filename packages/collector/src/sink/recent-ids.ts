/**
 * The last `capacity` ids stored, oldest evicted first. A `Set` keeps insertion order, so
 * eviction is "delete the first key". A hit is a certain duplicate; a miss proves nothing
 * (the store has the final word).
 */
export class RecentIds {
  private readonly ids = new Set<string>();

  constructor(readonly capacity: number) {}

  has(id: string): boolean {
    return this.ids.has(id);
  }

  add(id: string): void {
    if (this.capacity <= 0) return;
    this.ids.add(id);
    if (this.ids.size > this.capacity) {
      const oldest = this.ids.values().next().value;
      if (oldest !== undefined) this.ids.delete(oldest);
    }
  }

  get size(): number {
    return this.ids.size;
  }
}
