package vn.motcua.notification;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The parameter types of Zalo's template messages (ZBS / ZNS), with the length Zalo checks and the number Zalo's
 * template form gives each type. Zalo refuses a value of the wrong shape or length ({@code -1121}, {@code -1124}),
 * so values are formatted and checked here, before sending.
 */
public enum TemplateParamType {
    NAME("name", "Tên khách hàng", 1, 30, Shape.TEXT),
    PHONE("phone", "Số điện thoại", 2, 15, Shape.PHONE),
    ADDRESS("address", "Địa chỉ", 3, 200, Shape.TEXT),
    CODE("code", "Mã số", 4, 30, Shape.TEXT),
    LABEL("label", "Nhãn tùy chỉnh", 5, 30, Shape.TEXT),
    STATUS("status", "Trạng thái giao dịch", 6, 30, Shape.TEXT),
    TEXT("text", "Tên sản phẩm / Thương hiệu", 9, 200, Shape.TEXT),
    NUMBER("number", "Số lượng / Số tiền", 10, 20, Shape.DIGITS),
    DATE("date", "Thời gian", 11, 20, Shape.DATE),
    URL("url", "URL", 13, 200, Shape.URL),
    CURRENCY("currency", "Tiền tệ (VNĐ)", 14, 12, Shape.DIGITS);

    /** How a value of the type must look. */
    enum Shape { TEXT, DIGITS, PHONE, DATE, URL }

    private final String code;
    private final String zaloName;
    private final int zaloNumber;
    private final int maxLength;
    private final Shape shape;

    TemplateParamType(String code, String zaloName, int zaloNumber, int maxLength, Shape shape) {
        this.code = code;
        this.zaloName = zaloName;
        this.zaloNumber = zaloNumber;
        this.maxLength = maxLength;
        this.shape = shape;
    }

    /** As written in configuration: {@code currency}, {@code date}... */
    public String code() {
        return code;
    }

    /** The type's name on Zalo's template form. */
    public String zaloName() {
        return zaloName;
    }

    /** The type's number on Zalo's template form and API ({@code param_type}). */
    public int zaloNumber() {
        return zaloNumber;
    }

    public int maxLength() {
        return maxLength;
    }

    Shape shape() {
        return shape;
    }

    /** Whether Zalo's template-info calls it a number ({@code NUMBER}) rather than a string. */
    public boolean numeric() {
        return shape == Shape.DIGITS;
    }

    public static Optional<TemplateParamType> fromCode(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.code.equals(wanted)).findFirst();
    }

    /** The type a variable has unless the mapping says otherwise. */
    public static TemplateParamType defaultFor(String variable) {
        return switch (variable) {
            case "code" -> CODE;
            case "name" -> NAME;
            case "status" -> STATUS;
            case "due_date", "previous_due_date" -> DATE;
            case "amount" -> CURRENCY;
            case "agency" -> ADDRESS;
            case "hotline" -> PHONE;
            case "url" -> URL;
            default -> TEXT; // procedure, reason, documents
        };
    }
}
