package vn.motcua.receipt;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.common.ClientAddress;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.lookup.LookupRateLimit;
import vn.motcua.qr.ImageRejectedException;
import vn.motcua.qr.NoQrFoundException;

/**
 * Reads the receipt's QR code from a photo, for phones without a QR scanner (the Mini App's browser
 * fallback) and the same way the OA bot reads photos.
 */
@Path("/api/public/v1/qr/decode")
@Tag(name = "Public lookup")
public class QrDecodeResource {
    private static final int MAX_BYTES = 15 * 1024 * 1024;
    private final ReceiptPhotoReader reader;
    private final LookupRateLimit rateLimit;
    private final ClientAddress clientAddress;

    public QrDecodeResource(ReceiptPhotoReader reader, LookupRateLimit rateLimit, ClientAddress clientAddress) {
        this.reader = reader;
        this.rateLimit = rateLimit;
        this.clientAddress = clientAddress;
    }

    @POST
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Find the dossier code (and token) in a photo of a receipt (JPEG or PNG, up to 15 MB)")
    public Uni<Scanned> decode(byte[] image, @Context HttpServerRequest request) {
        String client = clientAddress.of(request);
        rateLimit.check(client);
        if (image == null || image.length == 0) {
            throw ProblemException.badRequest("Chưa có ảnh. Vui lòng chụp hoặc chọn ảnh giấy tiếp nhận hồ sơ.");
        }
        if (image.length > MAX_BYTES) {
            throw ProblemException.payloadTooLarge("Ảnh lớn hơn 15 MB.");
        }
        return reader.read(client, image)
                .map(found -> found.map(s -> new Scanned(s.code(), s.token())).orElseThrow(() -> unreadable(
                        "Ảnh có mã QR nhưng không phải mã của giấy tiếp nhận hồ sơ.")))
                .onFailure(NoQrFoundException.class).transform(e -> unreadable(
                        "Không tìm thấy mã QR trong ảnh. Hãy chụp lại gần hơn, đủ sáng, hoặc nhập mã hồ sơ in trên giấy tiếp nhận."))
                .onFailure(ImageRejectedException.class).transform(e -> new ProblemException(415, "unsupported-image",
                        "Ảnh không hợp lệ", "Không đọc được tệp ảnh này. Vui lòng gửi ảnh JPEG hoặc PNG."))
                .onFailure(FairScheduler.Busy.class).transform(e -> busy((FairScheduler.Busy) e));
    }

    private static ProblemException busy(FairScheduler.Busy busy) {
        ProblemException problem = busy.status() == 429 ? ProblemException.tooManyRequests(busy.retryAfterSeconds())
                : new ProblemException(503, "busy", "Hệ thống đang bận", "Đang có nhiều ảnh chờ đọc. Vui lòng gửi lại sau "
                + busy.retryAfterSeconds() + " giây.");
        problem.headers().put("Retry-After", Long.toString(busy.retryAfterSeconds()));
        return problem;
    }

    private static ProblemException unreadable(String detail) {
        return new ProblemException(422, "no-qr-found", "Không đọc được mã QR", detail);
    }

    public record Scanned(String code, String token) {
    }
}
