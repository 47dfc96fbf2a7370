package vn.motcua.admin;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.auth.OfficerIdentities;
import vn.motcua.common.Hashing;
import vn.motcua.common.problem.ProblemException;

/**
 * CSRF protection for the admin's forms: every form carries the random token of the officer's session (made
 * at login, gone at logout). Another site can make the officer's browser post a form, but cannot know the
 * token, and a token seen once is worthless after the session ends.
 */
@ApplicationScoped
public class CsrfTokens {

    public String tokenFor(SecurityIdentity identity) {
        return OfficerIdentities.csrfToken(identity);
    }

    public void verify(SecurityIdentity identity, String token) {
        String expected = tokenFor(identity);
        if (expected == null || token == null || !Hashing.constantTimeEquals(expected, token)) {
            throw ProblemException.forbidden("Yêu cầu không hợp lệ",
                    "Biểu mẫu đã hết hạn hoặc không đến từ trang quản trị. Vui lòng tải lại trang và thử lại.");
        }
    }
}
