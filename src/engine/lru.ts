// A small LRU of pure results keyed by their input (the server's answers, the parts of situations
// read by scenario/incremental.ts), bounded by entries and by an estimate of the size held, so
// that memory stays bounded under any load.
export class Lru<V> {
  private map = new Map<string, { v: V; size: number }>();
  private bytes = 0;
  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes = Infinity,
    private readonly sizeOf: (v: V) => number = () => 0,
  ) {}
  get(k: string): V | undefined {
    const e = this.map.get(k);
    if (e === undefined) return undefined;
    this.map.delete(k);
    this.map.set(k, e);
    return e.v;
  }
  set(k: string, v: V): void {
    const old = this.map.get(k);
    if (old) {
      this.bytes -= old.size;
      this.map.delete(k);
    }
    const size = this.sizeOf(v);
    this.map.set(k, { v, size });
    this.bytes += size;
    while (this.map.size > this.maxEntries || (this.bytes > this.maxBytes && this.map.size > 1)) {
      const [oldest, e] = this.map.entries().next().value as [string, { size: number }];
      this.map.delete(oldest);
      this.bytes -= e.size;
    }
  }
  get size(): number {
    return this.map.size;
  }
  get heldBytes(): number {
    return this.bytes;
  }
}
