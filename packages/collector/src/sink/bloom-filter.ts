/**
 * A scalable Bloom filter over strings: "certainly not added" or "maybe added". When a layer
 * holds its capacity, a new layer twice as large is added, so the false-positive rate stays
 * near `falsePositiveRate` per layer whatever the final count (Almeida et al., "Scalable Bloom
 * Filters", 2007). About 19 bits per id at the default rate of 1 in 10,000.
 */
export class BloomFilter {
  private readonly layers: BloomLayer[] = [];

  constructor(
    initialCapacity: number,
    private readonly falsePositiveRate = 1e-4,
  ) {
    this.layers.push(new BloomLayer(Math.max(1024, initialCapacity), falsePositiveRate));
  }

  add(value: string): void {
    let top = this.layers[this.layers.length - 1]!;
    if (top.count >= top.capacity) {
      top = new BloomLayer(top.capacity * 2, this.falsePositiveRate);
      this.layers.push(top);
    }
    const [h1, h2] = hashes(value);
    top.add(h1, h2);
  }

  mayHave(value: string): boolean {
    const [h1, h2] = hashes(value);
    for (const layer of this.layers) if (layer.has(h1, h2)) return true;
    return false;
  }

  /** Memory held by the bit arrays, bytes. */
  get bytes(): number {
    return this.layers.reduce((sum, layer) => sum + layer.bits.byteLength, 0);
  }
}

class BloomLayer {
  readonly bits: Uint32Array;
  private readonly size: number;
  private readonly k: number;
  count = 0;

  constructor(
    readonly capacity: number,
    rate: number,
  ) {
    // Optimal m = -n ln p / (ln 2)^2 bits and k = (m / n) ln 2 hash functions.
    this.size = Math.ceil((-capacity * Math.log(rate)) / Math.LN2 ** 2);
    this.k = Math.max(1, Math.round((this.size / capacity) * Math.LN2));
    this.bits = new Uint32Array(Math.ceil(this.size / 32));
  }

  add(h1: number, h2: number): void {
    for (let i = 0; i < this.k; i++) {
      const bit = (h1 + i * h2) % this.size;
      this.bits[bit >>> 5]! |= 1 << (bit & 31);
    }
    this.count++;
  }

  has(h1: number, h2: number): boolean {
    for (let i = 0; i < this.k; i++) {
      const bit = (h1 + i * h2) % this.size;
      if ((this.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}

/** Two independent 32-bit hashes (FNV-1a and a Murmur3-style mix), for double hashing (Kirsch–Mitzenmacher). */
function hashes(value: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  b = Math.imul(b ^ (b >>> 15), 0x85ebca6b);
  // h2 must be odd and non-zero so that the k probes differ.
  return [a >>> 0, (b | 1) >>> 0];
}
