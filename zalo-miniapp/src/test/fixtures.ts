import type { Dossier } from "../api/dossiers";

export const CODE = "000.00.22.H12-261120-0007";

const DAY = 24 * 60 * 60 * 1000;

export function isoDaysFromNow(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString();
}

export function publicDossier(overrides: Partial<Dossier> = {}): Dossier {
  return {
    code: CODE,
    procedure: { code: "1.001612", name: "Cấp giấy chứng nhận quyền sử dụng đất lần đầu" },
    agency: "UBND huyện Hàm Thuận Bắc",
    agencyPhone: "02523 123 456",
    status: {
      code: 2,
      label: "Được tiếp nhận",
      nextStep: "Hồ sơ đã được tiếp nhận và chuyển đến phòng chuyên môn xử lý.",
    },
    receivedAt: "2026-11-20T08:30:00+07:00",
    dueAt: isoDaysFromNow(10),
    previousDueAt: null,
    finishedAt: null,
    overdue: false,
    clockPaused: false,
    timeline: [
      {
        at: "2026-11-20T08:30:00+07:00",
        statusCode: 2,
        statusLabel: "Được tiếp nhận",
        agency: "UBND huyện Hàm Thuận Bắc",
        note: null,
      },
    ],
    applicantName: "Nguyễn V** B",
    access: "public",
    tokenValid: null,
    ...overrides,
  };
}

export function fullDossier(overrides: Partial<Dossier> = {}): Dossier {
  return publicDossier({
    access: "full",
    tokenValid: true,
    status: {
      code: 5,
      label: "Yêu cầu bổ sung giấy tờ",
      nextStep: "Vui lòng nộp bổ sung giấy tờ tại Bộ phận Một cửa.",
    },
    detail: {
      applicantName: "Nguyễn Văn Bình",
      phone: "*******678",
      resultDelivery: "post",
      supplements: [
        {
          requestedAt: "2026-11-25T10:00:00+07:00",
          items: ["Bản sao trích lục bản đồ thửa đất"],
          note: "Nộp trong vòng 10 ngày.",
        },
      ],
      fees: [
        { name: "Lệ phí cấp giấy chứng nhận", amount: 100000 },
        { name: "Phí thẩm định hồ sơ", amount: 250000 },
      ],
      notes: ["Mang theo bản gốc CCCD khi nhận kết quả."],
      results: [],
    },
    ...overrides,
  });
}
