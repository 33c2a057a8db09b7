import "server-only";

/**
 * One value kept in the process while a change stamp read from the database stays the same:
 * every request reads the stamp (one cheap query) and rebuilds the value when it moved, so a
 * change is reflected by the next request. Concurrent requests share one rebuild.
 */
export class StampedCache<Value> {
  private current: { stamp: string; value: Promise<Value> } | null = null;
  private built: Value | undefined;
  private refreshing: Promise<void> | null = null;

  constructor(
    private readonly readStamp: () => Promise<string>,
    private readonly build: () => Promise<Value>,
  ) {}

  async get(): Promise<Value> {
    return (await this.getStamped()).value;
  }

  /** The current value with the stamp it was built for (one stamp read, as `get`). */
  async getStamped(): Promise<{ stamp: string; value: Value }> {
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
    return { stamp, value: await this.current.value };
  }

  /**
   * Brings the value up to date in the background, one refresh at a time: for a reader of
   * `latest()` that found it missing or behind, so that the next readers find it current. A
   * failed build is left to the next `get` to report.
   */
  refreshInBackground(): void {
    if (this.refreshing) return;
    const done = () => {
      this.refreshing = null;
    };
    this.refreshing = this.get().then(done, done);
  }

  /**
   * The value last built, of whatever stamp, without reading the stamp or waiting for a build
   * (undefined before the first): for a reader that checks each part it uses is still current.
   */
  latest(): Value | undefined {
    return this.built;
  }
}
