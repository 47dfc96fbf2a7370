package vn.motcua.intake;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Amounts of money in đồng as senders write them: a whole number from 0 to 999,999,999,999,999, as a number or a
 * string ("100,000", "100.000" and "100000.00" all read as 100000). {@code 1e400}, {@code 1e999999}, negative or
 * fractional amounts are refused, so they never reach the database as an error.
 */
final class Money {
    /** The column holds 15 digits. */
    static final BigDecimal MAX = new BigDecimal("999999999999999");
    private static final int MAX_TEXT = 40;
    /** "100.000" is Vietnamese for one hundred thousand: đồng have no decimals. */
    private static final Pattern THOUSANDS_WITH_DOTS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

    private Money() {
    }

    /** The amount; throws IllegalArgumentException with the reason. */
    static BigDecimal read(JsonNode value) {
        BigDecimal amount = null;
        try {
            if (value.isNumber()) {
                amount = value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue()) ? null : value.decimalValue();
            } else if (value.isTextual() && value.asText().strip().length() <= MAX_TEXT) {
                String text = value.asText().strip();
                text = THOUSANDS_WITH_DOTS.matcher(text).matches() ? text.replace(".", "") : text.replace(",", "");
                amount = new BigDecimal(text);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            amount = null;
        }
        if (amount == null) {
            throw new IllegalArgumentException("must be an amount in đồng (a number)");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("must not be negative");
        }
        if (amount.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("larger than " + MAX.toPlainString() + " đồng");
        }
        BigDecimal whole = amount.stripTrailingZeros();
        if (whole.scale() > 0) {
            throw new IllegalArgumentException("must be a whole number of đồng");
        }
        return whole.setScale(0);
    }
}
