import "server-only";

/**
 * One value kept in the process while a change stamp read from the database stays the same:
 * every request reads the stamp (one cheap query) and rebuilds the value when it moved, so a
 * change is reflected by the next request. Concurrent requests share one rebuild.
 */
export class StampedCache<Value> {
  private current: { stamp: string; value: Promise<Value> } | null = null;

  constructor(
    private readonly readStamp: () => Promise<string>,
    private readonly build: () => Promise<Value>,
  ) {}

  async get(): Promise<Value> {
    const stamp = await this.readStamp();
    if (this.current?.stamp !== stamp) {
      const value = this.build();
      this.current = { stamp, value };
      value.catch(() => {
        if (this.current?.value === value) this.current = null;
      });
    }
    return this.current.value;
  }
}
