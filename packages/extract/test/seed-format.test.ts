import { describe, expect, it } from "vitest";
import { seedHeader } from "../src/seed-format.ts";

describe("seed header", () => {
  it("gives the day and the length up to the dateline", () => {
    const text = " date 2021-07-28 DUSHANBE, July 28. /TASS/. Text";
    expect(seedHeader(text)).toEqual({ day: "2021-07-28", length: 17 });
    expect(text.slice(seedHeader(text)!.length)).toMatch(/^DUSHANBE/);
  });

  it("is only a header at the very start, followed by text", () => {
    expect(seedHeader("DUSHANBE, July 28. date 2021-07-28 x")).toBeNull();
    expect(seedHeader(" date 2021-07-28")).toBeNull();
    expect(seedHeader("date 21-07-28 x")).toBeNull();
    expect(seedHeader("\n date\t2021-07-28\nDUSHANBE")).toEqual({ day: "2021-07-28", length: 18 });
  });
});
