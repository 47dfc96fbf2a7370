package vn.motcua.zalo.webhook;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.zalo.ZaloConfig;

/** Zalo's file-based domain verification: {@code /zalo_verifier{code}.html} for the configured code only. */
@Path("/")
public class DomainVerificationResource {
    private final ZaloConfig config;

    public DomainVerificationResource(ZaloConfig config) {
        this.config = config;
    }

    @GET
    @Path("{file: zalo_verifier[A-Za-z0-9_-]{1,100}\\.html}")
    @Produces("text/html; charset=utf-8")
    @Operation(hidden = true)
    public String verificationFile(@PathParam("file") String file) {
        String code = config.domainVerificationCode().map(String::strip).filter(c -> !c.isEmpty())
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy", "No domain verification code is configured."));
        if (!file.equals("zalo_verifier" + code + ".html")) {
            throw ProblemException.notFound("Không tìm thấy", "Unknown verification file.");
        }
        return "<!doctype html><html><head><meta name=\"zalo-platform-site-verification\" content=\"" + code
                + "\"></head><body>zalo-platform-site-verification=" + code + "</body></html>";
    }
}
