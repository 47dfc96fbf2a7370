package vn.motcua.admin;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.common.Hashing;
import vn.motcua.common.problem.ProblemException;

import java.util.Base64;

/**
 * CSRF protection for the admin's forms: every form carries a token derived from the signed-in officer and
 * a server secret. Another site can make the officer's browser post a form, but cannot know the token.
 */
@ApplicationScoped
public class CsrfTokens {
    private final String secret;

    public CsrfTokens(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") String secret) {
        this.secret = secret;
    }

    public String tokenFor(SecurityIdentity identity) {
        byte[] mac = Hashing.hmacSha256(secret, "csrf|" + identity.getPrincipal().getName().toLowerCase());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    }

    public void verify(SecurityIdentity identity, String token) {
        if (!Hashing.constantTimeEquals(tokenFor(identity), token)) {
            throw ProblemException.forbidden("Yêu cầu không hợp lệ",
                    "Biểu mẫu đã hết hạn hoặc không đến từ trang quản trị. Vui lòng tải lại trang và thử lại.");
        }
    }
}
