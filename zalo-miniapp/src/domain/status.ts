/** The national dossier status list (TrangThaiHoSo) and how each one is shown. */

export type StatusTone = "info" | "action" | "success" | "danger" | "neutral";

export interface NationalStatus {
  code: number;
  label: string;
  tone: StatusTone;
  final: boolean;
}

export const NATIONAL_STATUSES: readonly NationalStatus[] = [
  { code: 1, label: "Mới đăng ký", tone: "info", final: false },
  { code: 2, label: "Được tiếp nhận", tone: "info", final: false },
  { code: 3, label: "Không được tiếp nhận", tone: "danger", final: true },
  { code: 4, label: "Đang xử lý", tone: "info", final: false },
  { code: 5, label: "Yêu cầu bổ sung giấy tờ", tone: "action", final: false },
  { code: 6, label: "Yêu cầu thực hiện nghĩa vụ tài chính", tone: "action", final: false },
  { code: 7, label: "Công dân yêu cầu rút hồ sơ", tone: "neutral", final: false },
  { code: 8, label: "Dừng xử lý", tone: "danger", final: true },
  { code: 9, label: "Đã xử lý xong", tone: "success", final: false },
  { code: 10, label: "Đã trả kết quả", tone: "success", final: true },
];

export function nationalStatus(code: number): NationalStatus | undefined {
  return NATIONAL_STATUSES.find((status) => status.code === code);
}

/** Statuses after which a due date no longer matters to the citizen. */
export function isSettled(code: number): boolean {
  return code === 3 || code === 7 || code === 8 || code === 9 || code === 10;
}
