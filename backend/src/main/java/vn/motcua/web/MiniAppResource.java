package vn.motcua.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

/**
 * Serves the built Mini App at {@code /miniapp/} so a newcomer opens it in a desktop browser, and so a deep
 * link {@code https://zalo.me/s/{miniAppId}/{path}?{query}} works as {@code /miniapp/{path}?{query}}:
 * files are served as they are, any other path gets the app's index page (the app routes by itself).
 */
@Path("/miniapp")
public class MiniAppResource {
    private static final String ROOT = "miniapp/";
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8", "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "html", "text/html; charset=utf-8",
            "json", "application/json", "svg", "image/svg+xml", "png", "image/png",
            "ico", "image/x-icon", "woff2", "font/woff2", "webp", "image/webp");

    @GET
    @Operation(hidden = true)
    public Response root() {
        return Response.status(301).location(URI.create("/miniapp/")).build();
    }

    @GET
    @Path("/{path:.*}")
    @Operation(hidden = true)
    public Response file(@PathParam("path") String path, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri)
            throws IOException {
        if (path.isEmpty() && !uri.getPath().endsWith("/")) {
            // the app's asset URLs are relative: it must be served under /miniapp/, not /miniapp
            return root();
        }
        if (!path.contains("..") && !path.isEmpty() && !path.endsWith("/")) {
            byte[] file = read(ROOT + path);
            if (file != null) {
                String extension = path.substring(path.lastIndexOf('.') + 1);
                return Response.ok(file, TYPES.getOrDefault(extension, "application/octet-stream"))
                        .header("Cache-Control", path.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache")
                        .build();
            }
        }
        if (path.startsWith("assets/") || path.contains(".")) {
            // a missing file is a 404, never the index page (which a stale page would then run as a script)
            return Response.status(404).type("text/plain; charset=utf-8").entity("Không tìm thấy tệp.").build();
        }
        byte[] index = read(ROOT + "index.html");
        if (index == null) {
            return Response.status(404).type("text/html; charset=utf-8")
                    .entity("<p>Mini App chưa được build. Chạy <code>./mvnw package</code> ở thư mục gốc.</p>").build();
        }
        return Response.ok(index, TYPES.get("html")).header("Cache-Control", "no-cache").build();
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
