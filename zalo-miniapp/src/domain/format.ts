/**
 * Dates and amounts as Vietnamese citizens read them. Dates are shown in
 * Asia/Ho_Chi_Minh (UTC+7, no daylight saving) whatever the phone's zone.
 */

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const WEEKDAYS = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

export function parseDate(value: string | null | undefined): Date | null {
  if (!value) {
    return null;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

interface VnParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

function vnParts(date: Date): VnParts {
  const shifted = new Date(date.getTime() + VN_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  };
}

/** "04/12/2026" */
export function formatDate(value: string | null | undefined): string {
  const date = parseDate(value);
  if (!date) {
    return "";
  }
  const p = vnParts(date);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** "17:00, Thứ Sáu 04/12/2026" */
export function formatDateTime(value: string | null | undefined): string {
  const date = parseDate(value);
  if (!date) {
    return "";
  }
  const p = vnParts(date);
  return `${pad(p.hour)}:${pad(p.minute)}, ${WEEKDAYS[p.weekday]} ${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** "08:30 20/11/2026", compact form for timelines. */
export function formatShortDateTime(value: string | null | undefined): string {
  const date = parseDate(value);
  if (!date) {
    return "";
  }
  const p = vnParts(date);
  return `${pad(p.hour)}:${pad(p.minute)} ${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

function vnDayNumber(date: Date): number {
  return Math.floor((date.getTime() + VN_OFFSET_MS) / DAY_MS);
}

/** Calendar days (in Vietnam) from `from` to `to`; negative when `to` is earlier. */
export function calendarDaysBetween(from: Date, to: Date): number {
  return vnDayNumber(to) - vnDayNumber(from);
}

/** "100.000 đồng" */
export function formatMoney(amount: number): string {
  if (!Number.isFinite(amount)) {
    return "";
  }
  const rounded = Math.round(amount);
  const sign = rounded < 0 ? "-" : "";
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${sign}${digits} đồng`;
}
