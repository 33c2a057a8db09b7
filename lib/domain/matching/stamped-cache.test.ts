import { describe, expect, it } from "vitest";
import { StampedCache } from "./stamped-cache";

/** A cache over a stamp the test moves, counting its builds. */
function counted() {
  const state = { stamp: "1", builds: 0 };
  const cache = new StampedCache(
    async () => state.stamp,
    async () => {
      state.builds += 1;
      return `value of ${state.stamp}`;
    },
  );
  return { state, cache };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("StampedCache", () => {
  it("rebuilds only when the stamp moved, and says which stamp a value is of", async () => {
    const { state, cache } = counted();
    expect(await cache.getStamped()).toEqual({ stamp: "1", value: "value of 1" });
    expect(await cache.get()).toBe("value of 1");
    expect(state.builds).toBe(1);
    state.stamp = "2";
    expect(await cache.getStamped()).toEqual({ stamp: "2", value: "value of 2" });
    expect(state.builds).toBe(2);
  });

  it("brings latest() up to date in the background, one refresh at a time", async () => {
    const { state, cache } = counted();
    expect(cache.latest()).toBeUndefined();
    cache.refreshInBackground();
    cache.refreshInBackground();
    await settle();
    expect(cache.latest()).toBe("value of 1");
    expect(state.builds).toBe(1);
    state.stamp = "2";
    cache.refreshInBackground();
    await settle();
    expect(cache.latest()).toBe("value of 2");
  });

  it("keeps the last good value when a background rebuild fails", async () => {
    let fail = false;
    let stamp = "1";
    const cache = new StampedCache(
      async () => stamp,
      async () => {
        if (fail) throw new Error("database gone");
        return stamp;
      },
    );
    await cache.get();
    fail = true;
    stamp = "2";
    cache.refreshInBackground();
    await settle();
    expect(cache.latest()).toBe("1");
    await expect(cache.get()).rejects.toThrow("database gone");
  });
});
