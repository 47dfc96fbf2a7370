package vn.motcua.web;

import io.quarkus.qute.TemplateData;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the web pages write dates and money for Vietnamese readers. */
@TemplateData
public final class DossierPageFormat {
    public static final DossierPageFormat INSTANCE = new DossierPageFormat();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String dateTime(OffsetDateTime time) {
        // rows from the database come in UTC: people read Vietnam time
        return time == null ? "" : vn.motcua.common.VietnamTime.inVietnam(time).format(DATE_TIME);
    }

    public String date(OffsetDateTime time) {
        return time == null ? "" : vn.motcua.common.VietnamTime.inVietnam(time).format(DATE);
    }

    public String money(BigDecimal amount) {
        return amount == null ? "" : NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(amount) + " đồng";
    }

    public String phone(String stored) {
        return stored == null ? "" : vn.motcua.common.PhoneNumbers.display(stored);
    }

    public String statusLabel(Integer status) {
        return status == null ? "" : vn.motcua.dossier.DossierStatus.fromCode(status).map(vn.motcua.dossier.DossierStatus::label).orElse("");
    }

    /** A CSS class per status family: waiting for the citizen, done, refused or in progress. */
    public String tone(int status) {
        return switch (status) {
            case 5, 6 -> "action";
            case 9, 10 -> "done";
            case 3, 7, 8 -> "stopped";
            default -> "progress";
        };
    }
}
