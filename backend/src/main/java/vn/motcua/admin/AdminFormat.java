package vn.motcua.admin;

import io.quarkus.qute.TemplateData;
import vn.motcua.common.PhoneNumbers;
import vn.motcua.common.VietnamTime;
import vn.motcua.dossier.DossierStatus;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How the admin pages write dates (always in Vietnam time whatever offset the database answered with), money,
 * percentages, phone numbers and dossier statuses. Templates reach it through {@link AdminPageContext#format()}.
 */
@TemplateData
public final class AdminFormat {
    public static final AdminFormat INSTANCE = new AdminFormat();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public String dateTime(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(VietnamTime.ZONE).format(DATE_TIME);
    }

    public String date(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(VietnamTime.ZONE).format(DATE);
    }

    /** The value of a datetime-local input. */
    public String dateTimeLocal(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(VietnamTime.ZONE).format(INPUT);
    }

    /** An amount in đồng with dots between thousands: "1.200 đồng". */
    public String money(long dong) {
        return String.format(java.util.Locale.GERMANY, "%,d đồng", dong);
    }

    public String percent(double ratio) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", ratio * 100).replace('.', ',');
    }

    /** A stored phone number as people write it (0912 345 678). */
    public String phone(String stored) {
        return stored == null ? "" : PhoneNumbers.display(stored);
    }

    /** The Vietnamese name of a dossier status code; empty when there is none. */
    public String statusLabel(Integer status) {
        return status == null ? "" : DossierStatus.fromCode(status).map(DossierStatus::label).orElse("");
    }
}
