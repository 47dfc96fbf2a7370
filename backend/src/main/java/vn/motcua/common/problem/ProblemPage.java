package vn.motcua.common.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * The same problem, as a page an officer can read: a browser in the web admin asks for HTML, and a wrong
 * link or an expired form should not greet them with JSON. API clients (no text/html in Accept) and every
 * path outside {@code /admin} keep problem+json.
 */
final class ProblemPage {
    static final String MEDIA_TYPE = "text/html; charset=utf-8";

    private ProblemPage() {
    }

    static boolean wanted(HttpHeaders headers, UriInfo uri) {
        if (headers == null || uri == null || !uri.getPath().startsWith("/admin")) {
            return false;
        }
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType());
    }

    static String render(Problem problem) {
        String title = escape(problem.title());
        String detail = problem.detail() == null ? "" : "<p>" + escape(problem.detail()) + "</p>";
        return """
                <!doctype html>
                <html lang="vi"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s · Một Cửa Zalo</title>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml">
                <style>
                  body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #f5f7fa; }
                  main { max-width: 640px; margin: 64px auto; padding: 24px; background: #fff; border: 1px solid #e3e7ee; border-radius: 10px; }
                  h1 { font-size: 1.4rem; margin-top: 0; } .code { color: #5b6470; }
                  a.button { display: inline-block; margin-right: 12px; padding: 10px 16px; border-radius: 6px; background: #0068ff; color: #fff; text-decoration: none; }
                  a.plain { color: #0068ff; }
                </style></head>
                <body><main>
                <p class="code">Lỗi %2$d</p>
                <h1>%1$s</h1>
                %3$s
                <p><a class="button" href="/admin">Về trang tổng quan</a><a class="plain" href="javascript:history.back()">Quay lại trang trước</a></p>
                </main></body></html>
                """.formatted(title, problem.status(), detail);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
