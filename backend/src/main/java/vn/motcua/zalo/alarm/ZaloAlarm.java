package vn.motcua.zalo.alarm;

import java.time.OffsetDateTime;

/** One condition on the Zalo side that only the province can fix, as administrators read it (times in Vietnam). */
@io.quarkus.qute.TemplateData
public record ZaloAlarm(String key, Kind kind, Integer code, String detail, OffsetDateTime raisedAt,
                        OffsetDateTime lastSeenAt, int occurrences) {

    public static final String OA_DISCONNECTED = "oa-disconnected";
    public static final String BILLING = "billing";

    public static String templateKey(String templateId) {
        return "template:" + templateId;
    }

    public boolean disconnected() {
        return kind == Kind.OA_DISCONNECTED;
    }

    public boolean billing() {
        return kind == Kind.BILLING;
    }

    public boolean templateConfig() {
        return kind == Kind.TEMPLATE_CONFIG;
    }

    @io.quarkus.qute.TemplateData
    public enum Kind {
        OA_DISCONNECTED("oa-disconnected", "Official Account mất kết nối",
                "Tin nhắn đang chờ. Quản trị viên cấp tỉnh cần kết nối lại OA (trang Zalo: cấp quyền lại hoặc dán cặp mã mới); "
                        + "mọi tin đang chờ sẽ được gửi ngay sau đó."),
        BILLING("billing", "Tài khoản thanh toán Zalo (ZBS) chưa sẵn sàng",
                "Tin mẫu đang chờ: chưa liên kết tài khoản thanh toán (-135) hoặc hết số dư (-137). Sau khi nạp tiền "
                        + "hoặc liên kết, tin được gửi lại tự động."),
        TEMPLATE_CONFIG("template-config", "Mẫu tin Zalo không khớp cấu hình",
                "Zalo từ chối tham số của mẫu tin (-1121 quá dài, -1122 thiếu, -1124 sai kiểu) hoặc giá trị không vừa "
                        + "kiểu tham số đã khai báo. Cần sửa cấu hình tham số (mục Mẫu tin Zalo) hoặc đăng ký lại mẫu.");

        private final String code;
        private final String title;
        private final String advice;

        Kind(String code, String title, String advice) {
            this.code = code;
            this.title = title;
            this.advice = advice;
        }

        public String code() {
            return code;
        }

        public String title() {
            return title;
        }

        public String advice() {
            return advice;
        }

        static Kind of(String code) {
            for (Kind kind : values()) {
                if (kind.code.equals(code)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown alarm kind " + code);
        }
    }
}
