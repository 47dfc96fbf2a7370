import { describe, expect, it } from "vitest";
import { checkDossierCode, normaliseDossierCode, parseScannedContent } from "./code";

const CODE = "000.00.22.H12-261120-0007";

describe("normaliseDossierCode", () => {
  it.each([
    [CODE, CODE],
    ["  000.00.22.h12-261120-0007  ", CODE],
    ["000 00 22 H12 261120 0007", CODE],
    ["0000022H122611200007", CODE],
    ["000.00.22.H12 - 261120 - 0007", CODE],
    ["000.00.22.H12–261120—0007", CODE],
    ["０００.００.２２.Ｈ１２-２６１１２０-０００７", CODE],
    ["000.17.22.g09-210531-0001", "000.17.22.G09-210531-0001"],
  ])("%s -> %s", (input, expected) => {
    expect(normaliseDossierCode(input)).toBe(expected);
  });

  it("keeps vendor formats as typed, upper-cased and without spaces", () => {
    expect(normaliseDossierCode(" hs-2026 / 0042 ")).toBe("HS-2026/0042");
    expect(normaliseDossierCode("abc123")).toBe("ABC123");
  });
});

describe("checkDossierCode", () => {
  it("accepts and normalises a valid code", () => {
    expect(checkDossierCode("000 00 22 h12 261120 0007")).toEqual({ ok: true, code: CODE });
  });

  it("explains what is wrong, in Vietnamese", () => {
    expect(checkDossierCode("   ")).toEqual({ ok: false, message: "Vui lòng nhập mã hồ sơ." });
    expect(checkDossierCode("ab")).toMatchObject({ ok: false, message: expect.stringContaining("quá ngắn") });
    expect(checkDossierCode("A".repeat(65))).toMatchObject({ ok: false, message: expect.stringContaining("quá dài") });
    expect(checkDossierCode("mã hồ sơ")).toMatchObject({ ok: false, message: expect.stringContaining("chỉ gồm") });
  });
});

describe("parseScannedContent", () => {
  it("reads code and token from a Zalo deep link", () => {
    expect(parseScannedContent(`https://zalo.me/s/1234567890/?code=${CODE}&t=k1.abc`)).toEqual({
      code: CODE,
      token: "k1.abc",
    });
    expect(
      parseScannedContent(`zalo.me/s/1234567890/dossier?code=${encodeURIComponent("000 00 22 h12 261120 0007")}`),
    ).toEqual({
      code: CODE,
    });
  });

  it("reads a code parameter from other portals' links", () => {
    expect(parseScannedContent(`https://dichvucong.example.gov.vn/tra-cuu?maHoSo=${CODE}`)).toEqual({ code: CODE });
  });

  it("ignores links without a dossier code", () => {
    expect(parseScannedContent("https://zalo.me/4318123456")).toBeNull();
    expect(parseScannedContent("https://example.com/?code=%3C%3E")).toBeNull();
  });

  it("finds a canonical code inside receipt text", () => {
    expect(parseScannedContent(`Mã hồ sơ: ${CODE.toLowerCase()}\nNgày hẹn trả: 04/12/2026`)).toEqual({ code: CODE });
    expect(parseScannedContent(JSON.stringify({ MaHoSo: CODE }))).toEqual({ code: CODE });
  });

  it("accepts a bare code and rejects anything else", () => {
    expect(parseScannedContent(` ${CODE} `)).toEqual({ code: CODE });
    expect(parseScannedContent("HS-2026-0042")).toEqual({ code: "HS-2026-0042" });
    expect(parseScannedContent("Chúc mừng năm mới")).toBeNull();
    expect(parseScannedContent("")).toBeNull();
  });
});
