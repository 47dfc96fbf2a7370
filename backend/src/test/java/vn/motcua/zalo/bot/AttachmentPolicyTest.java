package vn.motcua.zalo.bot;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Only Zalo's media hosts over https, plus exact origins listed on purpose. */
class AttachmentPolicyTest {
    private final AttachmentPolicy defaults = new AttachmentPolicy(List.of("*.zdn.vn", "*.zadn.vn", "*.zalo.me"));
    private final AttachmentPolicy withLocal = defaults.withOrigin("http://127.0.0.1:8089");

    @ParameterizedTest
    @ValueSource(strings = {"https://photo-stal-1.zdn.vn/abc/receipt.jpg", "https://s120-ava-talk.zadn.vn/x.png",
            "https://zdn.vn/a.png", "https://PHOTO.ZDN.VN/a.png", "https://photo.zdn.vn:443/a.png",
            "https://f20.photo.talk.zdn.vn./a.jpg"})
    void zaloMediaHostsAreAllowed(String url) {
        assertThat(defaults.refusal(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://photo.zdn.vn/a.png", "https://photo.zdn.vn:8443/a.png",
            "https://zdn.vn.evil.com/a.png", "https://evilzdn.vn/a.png", "https://127.0.0.1/a.png",
            "http://127.0.0.1:5432/", "http://10.0.0.1/a.png", "https://10.1.2.3/a.png", "http://169.254.169.254/latest",
            "file:///etc/passwd", "ftp://photo.zdn.vn/a.png", "https://user:pw@photo.zdn.vn/a.png", "not a url",
            "", "https:///nohost", "gopher://photo.zdn.vn/"})
    void everythingElseIsRefused(String url) {
        assertThat(defaults.refusal(url)).isPresent();
        assertThat(withLocal.refusal(url)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8089/receipt.png", "HTTP://127.0.0.1:8089/x"})
    void anExactOriginAllowsThatOriginOnly(String url) {
        assertThat(withLocal.refusal(url)).isEmpty();
        assertThat(defaults.refusal(url)).isPresent();
        assertThat(withLocal.refusal(url.replace("8089", "8090"))).isPresent();
    }
}
