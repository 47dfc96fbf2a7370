package vn.motcua.lookup;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What only the applicant sees: their name unmasked, the phone's last digits, what is asked of them, the result
 * papers (with the link of an electronic result) and whether the fees were paid online.
 */
public record FullDetail(String applicantName, String phone, String resultDelivery, List<Supplement> supplements,
                         List<Fee> fees, List<String> notes, List<ResultPaper> results, Boolean paidOnline) {

    public record Supplement(OffsetDateTime requestedAt, List<String> items) {
    }

    public record Fee(String name, BigDecimal amount) {
    }

    public record ResultPaper(String name, String url) {
    }
}
