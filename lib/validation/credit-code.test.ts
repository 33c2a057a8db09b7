import { describe, expect, it } from "vitest";
import { creditCodeCheckCharacter, isValidCreditCode } from "./credit-code";

describe("unified social credit code (GB 32100-2015)", () => {
  it.each(["91350100M000100Y43", "91110000802100433B", "91440300708461136T", "91310000MA1FL1MMXL"])(
    "accepts the valid code %s",
    (code) => expect(isValidCreditCode(code)).toBe(true),
  );

  it("accepts lower-case input and surrounding spaces", () => {
    expect(isValidCreditCode(" 91350100m000100y43 ")).toBe(true);
  });

  it.each([
    ["a wrong check character", "91350100M000100Y44"],
    ["17 characters", "91350100M000100Y4"],
    ["19 characters", "91350100M000100Y430"],
    ["a forbidden letter (I)", "9135010IM000100Y43"],
    ["letters in the region code", "9135A100M000100Y43"],
    ["an empty string", ""],
  ])("refuses %s", (_label, code) => expect(isValidCreditCode(code)).toBe(false));

  it("computes the check character from the first 17 characters", () => {
    expect(creditCodeCheckCharacter("91350100M000100Y4")).toBe("3");
  });
});
