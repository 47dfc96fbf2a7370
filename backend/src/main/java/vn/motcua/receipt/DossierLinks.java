package vn.motcua.receipt;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.BaseUrls;
import vn.motcua.config.MotCuaConfig;
import vn.motcua.lookup.AccessTokens;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one stable link a receipt's QR code carries: {@code {base}/tra-cuu/{code}?t={token}} on the province's
 * own domain, so printed codes survive a change of Mini App or a merger of agencies.
 */
@ApplicationScoped
public class DossierLinks {
    private final String baseUrl;
    private final AccessTokens tokens;

    public DossierLinks(MotCuaConfig config, AccessTokens tokens) {
        this.baseUrl = BaseUrls.withoutTrailingSlash(config.publicBaseUrl());
        this.tokens = tokens;
    }

    public Link forDossier(String code, int tokenGeneration) {
        String token = tokens.issue(code, tokenGeneration);
        return new Link(baseUrl + "/tra-cuu/" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "?t=" + token, token);
    }

    public record Link(String url, String token) {
    }
}
