import { afterEach, describe, expect, it } from "vitest";
import { appUrl, contactEmail, icpFilingNumber } from "./config";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe("settings from the environment", () => {
  it("shows an ICP filing number and a contact address only when they are set", () => {
    delete process.env.ICP_BEIAN;
    delete process.env.CONTACT_EMAIL;
    expect([icpFilingNumber(), contactEmail()]).toEqual([null, null]);
    process.env.ICP_BEIAN = "  ";
    expect(icpFilingNumber()).toBeNull();
    process.env.ICP_BEIAN = " 京ICP备12345678号-1 ";
    process.env.CONTACT_EMAIL = "contact@example.cn";
    expect([icpFilingNumber(), contactEmail()]).toEqual([
      "京ICP备12345678号-1",
      "contact@example.cn",
    ]);
  });

  it("takes the public URL from APP_URL before NEXTAUTH_URL, without a trailing slash", () => {
    process.env.NEXTAUTH_URL = "http://app-internal:3000";
    process.env.APP_URL = "https://zhipei.example.cn/";
    expect(appUrl()).toBe("https://zhipei.example.cn");
    delete process.env.APP_URL;
    expect(appUrl()).toBe("http://app-internal:3000");
  });
});
