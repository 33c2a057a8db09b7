import "server-only";

/**
 * One value kept in the process while a change stamp read from the database stays the same:
 * every request reads the stamp (one cheap query) and rebuilds the value when it moved, so a
 * change is reflected by the next request. Concurrent requests share one rebuild.
 */
export class StampedCache<Value> {
  private current: { stamp: string; value: Promise<Value> } | null = null;
  private built: Value | undefined;

  constructor(
    private readonly readStamp: () => Promise<string>,
    private readonly build: () => Promise<Value>,
  ) {}

  async get(): Promise<Value> {
    const stamp = await this.readStamp();
    if (this.current?.stamp !== stamp) {
      const value = this.build();
      this.current = { stamp, value };
      value.then(
        (built) => {
          if (this.current?.value === value) this.built = built;
        },
        () => {
          if (this.current?.value === value) this.current = null;
        },
      );
    }
    return this.current.value;
  }

  /**
   * The value last built, of whatever stamp, without reading the stamp or waiting for a build
   * (undefined before the first): for a reader that checks each part it uses is still current.
   */
  latest(): Value | undefined {
    return this.built;
  }
}
