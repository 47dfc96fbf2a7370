package vn.motcua.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where exceptions become HTTP answers: always problem+json, never a stack trace. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response mapProblem(ProblemException e) {
        Response.ResponseBuilder builder = Response.status(e.status())
                .type(Problem.MEDIA_TYPE)
                .entity(e.toProblem());
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response mapJson(JsonProcessingException e) {
        return problem(Problem.of("malformed-json", "JSON không hợp lệ", 400,
                "The request body is not valid JSON: " + e.getOriginalMessage()));
    }

    @ServerExceptionMapper
    public Response mapWebApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Log.errorf(e, "Server error %d", status);
        }
        String title = switch (status) {
            case 404 -> "Không tìm thấy";
            case 405 -> "Phương thức không được hỗ trợ";
            case 406 -> "Định dạng trả về không được hỗ trợ";
            case 413 -> "Dữ liệu gửi lên quá lớn";
            case 415 -> "Kiểu dữ liệu không được hỗ trợ";
            default -> status >= 500 ? "Lỗi hệ thống" : "Yêu cầu không hợp lệ";
        };
        String detail = switch (status) {
            case 404 -> "Không tìm thấy địa chỉ này.";
            case 405 -> "Địa chỉ này không nhận phương thức " + "HTTP đã dùng.";
            case 415 -> "Kiểu dữ liệu gửi lên (Content-Type) không được hỗ trợ ở địa chỉ này.";
            default -> e.getMessage();
        };
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of("http-" + status, title, status, detail));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response mapUnexpected(Exception e) {
        Log.error("Unexpected error while handling a request", e);
        return problem(Problem.of("internal-error", "Lỗi hệ thống", 500,
                "Đã có lỗi xảy ra. Vui lòng thử lại sau."));
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
