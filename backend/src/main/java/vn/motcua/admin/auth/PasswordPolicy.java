package vn.motcua.admin.auth;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The stated policy for officers' passwords (docs/operations.md, "Security"): 12 to 200 characters, at least
 * three of lower case, upper case, digits and other characters, not containing the user name, and not one of
 * the passwords published in the README.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    public static final String STATEMENT = "Mật khẩu cần từ 12 đến 200 ký tự, có ít nhất ba trong bốn loại: chữ thường, "
            + "chữ hoa, chữ số, ký tự khác; không chứa tên đăng nhập.";
    private static final List<String> PUBLISHED = List.of("motcua@2026", "password123!", "admin@123456");

    private PasswordPolicy() {
    }

    /** What is wrong with the password (Vietnamese, for the officer), or empty when it meets the policy. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return Optional.of(STATEMENT);
        }
        int classes = (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        if (classes < 3) {
            return Optional.of(STATEMENT);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(STATEMENT);
        }
        if (PUBLISHED.contains(lower)) {
            return Optional.of("Mật khẩu này đã được công bố, không dùng được.");
        }
        return Optional.empty();
    }
}
