import { describe, expect, it } from "vitest";
import { mapInSlices } from "./in-slices";

describe("mapInSlices", () => {
  it("maps as Array.map does, in order with indices", async () => {
    const items = Array.from({ length: 1234 }, (_, i) => i);
    expect(await mapInSlices(items, (item, index) => item * 2 + index)).toEqual(
      items.map((item, index) => item * 2 + index),
    );
    expect(await mapInSlices([], (item) => item)).toEqual([]);
  });

  it("lets what waits on the event loop run before a long list is done", async () => {
    let mapped = 0;
    let mappedWhenOtherWorkRan = -1;
    setImmediate(() => (mappedWhenOtherWorkRan = mapped)); // another request's callback
    await mapInSlices(Array.from({ length: 5000 }), () => mapped++);
    expect(mapped).toBe(5000);
    expect(mappedWhenOtherWorkRan).toBeGreaterThan(0);
    expect(mappedWhenOtherWorkRan).toBeLessThan(5000);
  });
});
