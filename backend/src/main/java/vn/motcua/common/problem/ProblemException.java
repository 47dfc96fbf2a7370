package vn.motcua.common.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/** Base of the typed exceptions that the one mapper turns into problem+json. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String slug;
    private final String title;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(int status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Yêu cầu không hợp lệ", detail);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthorized", "Chưa xác thực", detail);
    }

    public static ProblemException forbidden(String title, String detail) {
        return new ProblemException(403, "forbidden", title, detail);
    }

    public static ProblemException notFound(String title, String detail) {
        return new ProblemException(404, "not-found", title, detail);
    }

    public static ProblemException payloadTooLarge(String detail) {
        return new ProblemException(413, "payload-too-large", "Dữ liệu gửi lên quá lớn", detail);
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "unprocessable", "Không xử lý được dữ liệu", detail);
    }

    public static ProblemException tooManyRequests(long retryAfterSeconds) {
        ProblemException e = new ProblemException(429, "too-many-requests", "Quá nhiều yêu cầu",
                "Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau " + retryAfterSeconds + " giây.");
        e.headers.put("Retry-After", Long.toString(retryAfterSeconds));
        return e;
    }

    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public Problem toProblem() {
        Problem problem = Problem.of(slug, title, status, getMessage());
        extensions.forEach(problem::with);
        return problem;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
