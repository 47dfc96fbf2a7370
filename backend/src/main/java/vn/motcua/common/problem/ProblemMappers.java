package vn.motcua.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become HTTP answers: problem+json (a readable page for officers' browsers,
 * see {@link ProblemPage}), never a stack trace.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response mapProblem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Response.ResponseBuilder builder = builder(e.toProblem(), headers, uri);
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response mapJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return problem(headers, uri, Problem.of("malformed-json", "JSON không hợp lệ", 400,
                "The request body is not valid JSON: " + e.getOriginalMessage()));
    }

    @ServerExceptionMapper
    public Response mapWebApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
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
        Response.ResponseBuilder builder = builder(Problem.of("http-" + status, title, status, detail), headers, uri);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response mapUnexpected(Exception e, HttpHeaders headers, UriInfo uri) {
        Log.error("Unexpected error while handling a request", e);
        return problem(headers, uri, Problem.of("internal-error", "Lỗi hệ thống", 500,
                "Đã có lỗi xảy ra. Vui lòng thử lại sau."));
    }

    private static Response problem(HttpHeaders headers, UriInfo uri, Problem problem) {
        return builder(problem, headers, uri).build();
    }

    private static Response.ResponseBuilder builder(Problem problem, HttpHeaders headers, UriInfo uri) {
        if (ProblemPage.wanted(headers, uri)) {
            return Response.status(problem.status()).type(ProblemPage.MEDIA_TYPE).entity(ProblemPage.render(problem));
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
