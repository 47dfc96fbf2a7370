package vn.motcua.dossier;

import java.util.Arrays;
import java.util.Optional;

/** The national status list (TrangThaiHoSo) with what a citizen is told at each step. */
public enum DossierStatus {
    SUBMITTED(1, "Mới đăng ký",
            "Hồ sơ đã được nộp trực tuyến và đang chờ cán bộ kiểm tra, tiếp nhận. Bạn chưa cần làm gì thêm."),
    ACCEPTED(2, "Được tiếp nhận",
            "Hồ sơ đã được tiếp nhận và chuyển đến cơ quan giải quyết. Bạn chỉ cần chờ kết quả theo ngày hẹn trả."),
    REFUSED(3, "Không được tiếp nhận",
            "Hồ sơ không được tiếp nhận. Vui lòng xem lý do và liên hệ bộ phận một cửa nếu muốn nộp lại."),
    PROCESSING(4, "Đang xử lý",
            "Hồ sơ đang được cơ quan chuyên môn giải quyết. Bạn chưa cần làm gì thêm."),
    SUPPLEMENT_REQUIRED(5, "Yêu cầu bổ sung giấy tờ",
            "Bạn cần bổ sung giấy tờ theo danh sách yêu cầu, nộp tại bộ phận một cửa hoặc trực tuyến. "
                    + "Thời hạn giải quyết tạm dừng cho đến khi bạn bổ sung đủ."),
    PAYMENT_REQUIRED(6, "Yêu cầu thực hiện nghĩa vụ tài chính",
            "Bạn cần nộp phí, lệ phí hoặc thuế theo thông báo. Hồ sơ được tiếp tục giải quyết sau khi bạn hoàn thành."),
    WITHDRAWAL_REQUESTED(7, "Công dân yêu cầu rút hồ sơ",
            "Yêu cầu rút hồ sơ của bạn đã được ghi nhận. Bộ phận một cửa sẽ xử lý và hoàn trả giấy tờ."),
    STOPPED(8, "Dừng xử lý",
            "Hồ sơ đã dừng xử lý. Vui lòng liên hệ bộ phận một cửa để biết lý do."),
    RESULT_READY(9, "Đã xử lý xong",
            "Đã có kết quả. Bạn mang giấy tiếp nhận hồ sơ và giấy tờ tùy thân đến bộ phận một cửa để nhận kết quả."),
    RETURNED(10, "Đã trả kết quả",
            "Kết quả đã được trả. Mời bạn đánh giá mức độ hài lòng về việc giải quyết hồ sơ.");

    private static final String RESULT_BY_POST =
            "Đã có kết quả. Kết quả sẽ được gửi qua dịch vụ bưu chính đến địa chỉ bạn đã đăng ký.";

    private static final String ELECTRONIC_RESULT = "Đã có kết quả điện tử. Bạn xác minh là người nộp hồ sơ (số CCCD "
            + "hoặc số điện thoại) để xem và tải kết quả; bản giấy (nếu có) được trả theo hình thức bạn đã đăng ký.";

    private final int code;
    private final String label;
    private final String nextStep;

    DossierStatus(int code, String label, String nextStep) {
        this.code = code;
        this.label = label;
        this.nextStep = nextStep;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** One plain sentence: what happens next and what the citizen must do. */
    public String nextStep(ResultDelivery delivery) {
        return nextStep(delivery, false);
    }

    /** As {@link #nextStep(ResultDelivery)}; a ready result that was also issued electronically says where to get it. */
    public String nextStep(ResultDelivery delivery, boolean electronicResult) {
        if (this == RESULT_READY && electronicResult) {
            return ELECTRONIC_RESULT;
        }
        return this == RESULT_READY && delivery == ResultDelivery.POST ? RESULT_BY_POST : nextStep;
    }

    /** No further change is expected (refused, stopped, returned). */
    public boolean isFinal() {
        return this == REFUSED || this == STOPPED || this == RETURNED;
    }

    /** Processing has ended, for the on-time rule (Decision 766). */
    public boolean endsProcessing() {
        return this == REFUSED || this == STOPPED || this == RESULT_READY || this == RETURNED;
    }

    public static Optional<DossierStatus> fromCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }

    public static DossierStatus of(int code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown status code " + code));
    }
}
