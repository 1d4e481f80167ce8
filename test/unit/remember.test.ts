import { once, remembered } from "../../src/engine/remember";

describe("work done once per owner", () => {
  it("makes a value once for each owner and keeps it while the owner lives", () => {
    const cache = new WeakMap<object, number>();
    const a = {};
    const b = {};
    let made = 0;
    const make = () => ++made;
    expect([once(cache, a, make), once(cache, a, make), once(cache, b, make), once(cache, a, make)]).toEqual([1, 1, 2, 1]);
    expect(made).toBe(2);
  });

  it("makes a value once for each owner and key, keeping null and undefined answers too", () => {
    const cache = new WeakMap<object, Map<string, string | null | undefined>>();
    const owner = {};
    const calls: string[] = [];
    const make = (key: string, value: string | null | undefined) => () => {
      calls.push(key);
      return value;
    };
    expect(remembered(cache, owner, "x", make("x", null))).toBeNull();
    expect(remembered(cache, owner, "x", make("x", "second"))).toBeNull();
    expect(remembered(cache, owner, "y", make("y", undefined))).toBeUndefined();
    expect(remembered(cache, owner, "y", make("y", "second"))).toBeUndefined();
    expect(remembered(cache, {}, "x", make("x", "other owner"))).toBe("other owner");
    expect(calls).toEqual(["x", "y", "x"]);
  });
});
