import { describe, expect, it } from "vitest";
import { filterByQuery, foldVietnamese, matchesQuery } from "./search";

describe("foldVietnamese", () => {
  it("strips diacritics, maps đ to d and lower-cases", () => {
    expect(foldVietnamese("Đất đai")).toBe("dat dai");
    expect(foldVietnamese("Cấp giấy chứng nhận quyền sử dụng đất")).toBe("cap giay chung nhan quyen su dung dat");
    expect(foldVietnamese("  HỘ   TỊCH ")).toBe("ho tich");
    expect(foldVietnamese("Đăng ký khai sinh")).toBe("dang ky khai sinh");
  });

  it("treats precomposed and decomposed input the same", () => {
    const precomposed = "Ư\u1EDB";
    const decomposed = "U\u031B\u01A1\u0301".normalize("NFD");
    expect(foldVietnamese(precomposed)).toBe(foldVietnamese(decomposed));
  });
});

describe("matchesQuery", () => {
  const fields = ["Cấp giấy chứng nhận quyền sử dụng đất lần đầu", "1.001612", "Đất đai"];

  it("ignores diacritics and case in either direction", () => {
    expect(matchesQuery(fields, "dat dai")).toBe(true);
    expect(matchesQuery(fields, "ĐẤT ĐAI")).toBe(true);
    expect(matchesQuery(fields, "quyền sử dụng")).toBe(true);
    expect(matchesQuery(fields, "quyen su dung")).toBe(true);
  });

  it("needs every word, in any order and field", () => {
    expect(matchesQuery(fields, "lan dau dat")).toBe(true);
    expect(matchesQuery(fields, "1.001612 dat")).toBe(true);
    expect(matchesQuery(fields, "khai sinh")).toBe(false);
  });

  it("matches everything for an empty query and skips missing fields", () => {
    expect(matchesQuery([], "  ")).toBe(true);
    expect(matchesQuery([null, undefined, "Hộ tịch"], "ho tich")).toBe(true);
  });
});

describe("filterByQuery", () => {
  it("keeps matching items in order", () => {
    const items = [
      { name: "Đăng ký khai sinh", field: "Hộ tịch" },
      { name: "Cấp giấy chứng nhận quyền sử dụng đất", field: "Đất đai" },
      { name: "Đăng ký kết hôn", field: "Hộ tịch" },
    ];
    const result = filterByQuery(items, "ho tich", (item) => [item.name, item.field]);
    expect(result.map((item) => item.name)).toEqual(["Đăng ký khai sinh", "Đăng ký kết hôn"]);
  });
});
