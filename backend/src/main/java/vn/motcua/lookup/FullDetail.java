package vn.motcua.lookup;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** What only the applicant sees: their name unmasked, the phone's last digits, what is asked of them. */
public record FullDetail(String applicantName, String phone, String resultDelivery, List<Supplement> supplements,
                         List<Fee> fees, List<String> notes) {

    public record Supplement(OffsetDateTime requestedAt, List<String> items) {
    }

    public record Fee(String name, BigDecimal amount) {
    }
}
