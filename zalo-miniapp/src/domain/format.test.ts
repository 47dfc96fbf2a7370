import { describe, expect, it } from "vitest";
import { calendarDaysBetween, formatDate, formatDateTime, formatMoney, formatShortDateTime, parseDate } from "./format";
import { isSettled, nationalStatus, NATIONAL_STATUSES } from "./status";

describe("dates in Vietnam time", () => {
  it("formats with weekday, whatever the device zone", () => {
    expect(formatDateTime("2026-12-04T17:00:00+07:00")).toBe("17:00, Thứ Sáu 04/12/2026");
    expect(formatDateTime("2026-12-04T10:00:00Z")).toBe("17:00, Thứ Sáu 04/12/2026");
    expect(formatDateTime("2026-11-22T00:15:00+07:00")).toBe("00:15, Chủ nhật 22/11/2026");
    expect(formatDate("2026-11-20T08:30:00+07:00")).toBe("20/11/2026");
    expect(formatShortDateTime("2026-11-20T08:30:00+07:00")).toBe("08:30 20/11/2026");
  });

  it("gives empty text for missing or broken dates", () => {
    expect(formatDateTime(null)).toBe("");
    expect(formatDate("not a date")).toBe("");
    expect(parseDate(undefined)).toBeNull();
  });

  it("counts calendar days in Vietnam", () => {
    const due = new Date("2026-12-04T17:00:00+07:00");
    expect(calendarDaysBetween(due, new Date("2026-12-04T23:59:00+07:00"))).toBe(0);
    expect(calendarDaysBetween(due, new Date("2026-12-05T00:01:00+07:00"))).toBe(1);
    expect(calendarDaysBetween(due, new Date("2026-12-07T09:00:00+07:00"))).toBe(3);
    expect(calendarDaysBetween(new Date("2026-12-01T09:00:00+07:00"), due)).toBe(3);
  });
});

describe("formatMoney", () => {
  it("groups thousands with dots", () => {
    expect(formatMoney(100000)).toBe("100.000 đồng");
    expect(formatMoney(1250000)).toBe("1.250.000 đồng");
    expect(formatMoney(0)).toBe("0 đồng");
    expect(formatMoney(999)).toBe("999 đồng");
    expect(formatMoney(Number.NaN)).toBe("");
  });
});

describe("national statuses", () => {
  it("lists the ten national statuses with their labels", () => {
    expect(NATIONAL_STATUSES.map((s) => s.code)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(nationalStatus(5)?.label).toBe("Yêu cầu bổ sung giấy tờ");
    expect(nationalStatus(10)?.label).toBe("Đã trả kết quả");
    expect(nationalStatus(42)).toBeUndefined();
  });

  it("knows when the due date no longer matters", () => {
    expect(isSettled(4)).toBe(false);
    expect(isSettled(9)).toBe(true);
    expect(isSettled(3)).toBe(true);
  });
});
