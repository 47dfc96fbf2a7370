import { describe, expect, it } from "vitest";
import { buildAccessProof } from "./AccessForm";

describe("buildAccessProof", () => {
  it("accepts CCCD, old CMND and Vietnamese phone formats", () => {
    expect(buildAccessProof("idNumber", "001 090 012 345")).toEqual({ proof: { idNumber: "001090012345" } });
    expect(buildAccessProof("idNumber", "123456789")).toEqual({ proof: { idNumber: "123456789" } });
    expect(buildAccessProof("phone", "0912.345.678")).toEqual({ proof: { phone: "0912345678" } });
    expect(buildAccessProof("phone", "+84912345678")).toEqual({ proof: { phone: "0912345678" } });
    expect(buildAccessProof("phone", "84912345678")).toEqual({ proof: { phone: "0912345678" } });
  });

  it("rejects other shapes with a Vietnamese message", () => {
    expect(buildAccessProof("idNumber", "0010900123")).toEqual({
      message: "Số CCCD gồm 12 chữ số (CMND cũ gồm 9 chữ số).",
    });
    expect(buildAccessProof("phone", "912345678")).toEqual({
      message: "Số điện thoại gồm 10 chữ số, bắt đầu bằng số 0.",
    });
  });
});
