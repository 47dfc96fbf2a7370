import { describe, expect, it } from "vitest";
import { isRenamedCode } from "./StatusCards";

describe("isRenamedCode", () => {
  it("treats separators and case as the same code", () => {
    expect(isRenamedCode("000.00.22.h12-261120-0007", "000.00.22.H12-261120-0007")).toBe(false);
    expect(isRenamedCode("0000022H122611200007", "000.00.22.H12-261120-0007")).toBe(false);
  });

  it("sees an old (pre-merger) code answered under its new one", () => {
    expect(isRenamedCode("000.00.22.H12-261120-0007", "000.12.00.H36-261120-0007")).toBe(true);
  });
});
