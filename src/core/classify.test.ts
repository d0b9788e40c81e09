import { describe, expect, it } from "vitest";
import { classify, nextUp } from "./classify";

describe("classify quantile", () => {
  it("uses the type-7 quantiles as breaks, a break value going up", () => {
    // [0, 10, 20, 30, 40], k = 4: h = 4·c/4 → quantiles 10, 20, 30
    const c = classify([40, 0, null, 20, 10, 30], "quantile", 4);
    expect(c.breaks).toEqual([10, 20, 30]);
    expect(c.upperInclusive).toBe(false);
    expect(c.classOf(9.9)).toBe(0);
    expect(c.classOf(10)).toBe(1);
    expect(c.classOf(40)).toBe(3);
    expect(c.classOf(null)).toBeNull();
  });
  it("returns no breaks and null classes without values", () => {
    const c = classify([null], "quantile", 5);
    expect(c.breaks).toEqual([]);
    expect(c.classOf(3)).toBeNull();
  });
});

describe("classify fixed", () => {
  it("treats the breaks as upper-inclusive", () => {
    const c = classify([], "fixed", 5, [20, 40, 60, 80]);
    expect(c.breaks).toEqual([20, 40, 60, 80]);
    expect(c.classOf(0)).toBe(0);
    expect(c.classOf(20)).toBe(0);
    expect(c.classOf(20.000001)).toBe(1);
    expect(c.classOf(80)).toBe(3);
    expect(c.classOf(100)).toBe(4);
  });
});

describe("classify jenks", () => {
  it("classes natural groups with upper-inclusive breaks", () => {
    // {1,2,3} {10,11,12} {20} → breaks 3, 12
    const c = classify([1, 2, 3, 10, 11, 12, 20], "jenks", 3);
    expect(c.breaks).toEqual([3, 12]);
    expect([1, 3, 10, 12, 20].map(c.classOf)).toEqual([0, 0, 1, 1, 2]);
  });
});

describe("nextUp", () => {
  it("returns the next representable double", () => {
    expect(nextUp(1)).toBe(1 + Number.EPSILON);
    expect(nextUp(-1)).toBeGreaterThan(-1);
    expect(nextUp(0)).toBe(Number.MIN_VALUE);
  });
});

describe("classify quantile with ties", () => {
  it("gives a tied minimum its own class and quantiles the values above it", () => {
    // 6 zeros, then 1, 2, 3, 4, k = 5. d3's quantiles tie at 0 → 0 is class 0 (break 0); the rest
    // [1, 2, 3, 4] in 4 classes: type-7 at h = 3·c/4 → 1.75, 2.5, 3.25. Breaks [0, 1.75, 2.5, 3.25].
    const c = classify([0, 0, 0, 0, 0, 0, 1, 2, 3, 4], "quantile", 5);
    expect(c.breaks).toEqual([0, 1.75, 2.5, 3.25]);
    expect(c.upperInclusive).toBe(true);
    expect([0, 1, 2, 2.5, 3, 4].map(c.classOf)).toEqual([0, 1, 2, 2, 3, 4]);
  });
  it("drops breaks at the maximum so the top class is never empty", () => {
    // [0, 0, 0, 5], k = 2: median h = 1.5 → 0; tie at the minimum → break 0; 5 alone on top.
    const c = classify([0, 0, 0, 5], "quantile", 2);
    expect(c.breaks).toEqual([0]);
    expect([0, 5].map(c.classOf)).toEqual([0, 1]);
  });
});
