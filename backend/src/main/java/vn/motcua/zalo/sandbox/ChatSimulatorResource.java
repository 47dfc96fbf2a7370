package vn.motcua.zalo.sandbox;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.zalo.ZaloSettings;
import vn.motcua.zalo.bot.AttachmentFetcher;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** The chat simulator (sandbox mode only): a citizen's side of the OA chat, in the browser. */
@Path("/sandbox")
public class ChatSimulatorResource {
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final String DEMO_USER = "nguoi-dan-demo";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance chat(String user, List<ChatLine> lines);
    }

    private final ZaloSettings settings;
    private final ChatSimulator simulator;
    private final SandboxUploads uploads;
    private final AttachmentFetcher attachments;
    private final Vertx vertx;

    public ChatSimulatorResource(ZaloSettings settings, ChatSimulator simulator, SandboxUploads uploads,
                                 AttachmentFetcher attachments, Vertx vertx) {
        this.settings = settings;
        this.simulator = simulator;
        this.uploads = uploads;
        this.attachments = attachments;
        this.vertx = vertx;
    }

    @GET
    @Path("/chat")
    @Operation(hidden = true)
    public Uni<Response> page(@QueryParam("user") String user) {
        SandboxGuard.require(settings);
        String who = user(user);
        return simulator.conversation(who).flatMap(lines -> Templates.chat(who, lines).createUni())
                .map(html -> Response.ok(html, "text/html; charset=utf-8").build());
    }

    @POST
    @Path("/chat")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Uni<Response> send(@RestForm String user, @RestForm String action, @RestForm String text,
                              @RestForm String phone, @RestForm("photo") FileUpload photo,
                              @Context HttpServerRequest request) {
        SandboxGuard.require(settings);
        String who = user(user);
        String host = request.localAddress().hostAddress();
        int port = request.localAddress().port();
        Uni<JsonObject> event = switch (action == null ? "text" : action) {
            case "follow" -> Uni.createFrom().item(simulator.follow(who));
            case "share-phone" -> Uni.createFrom().item(simulator.submitInfo(who, "Người dân thử nghiệm",
                    phone == null || phone.isBlank() ? "0912345678" : phone.strip()));
            default -> photo != null && photo.size() > 0 ? photoEvent(who, host, port, photo)
                    : Uni.createFrom().item(simulator.text(who, text == null ? "" : text));
        };
        return event.flatMap(e -> simulator.deliver(host, port, who, e))
                .map(v -> Response.seeOther(URI.create("/sandbox/chat?user="
                        + URLEncoder.encode(who, StandardCharsets.UTF_8))).build());
    }

    @GET
    @Path("/uploads/{id}")
    @Operation(hidden = true)
    public Response upload(@PathParam("id") String id) {
        SandboxGuard.require(settings);
        SandboxUploads.Photo photo = uploads.get(id)
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy ảnh", "No such upload."));
        return Response.ok(photo.bytes(), photo.contentType()).build();
    }

    /** The photo is served by this application, as Zalo serves photos from its media hosts. */
    private Uni<JsonObject> photoEvent(String user, String host, int port, FileUpload photo) {
        if (photo.size() > settings.config().attachmentMaxBytes()) {
            throw ProblemException.payloadTooLarge("Ảnh lớn hơn " + settings.config().attachmentMaxBytes() + " byte.");
        }
        String origin = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        attachments.allowOwnOrigin(origin);
        return vertx.fileSystem().readFile(photo.uploadedFile().toString()).map(buffer -> {
            String id = uploads.put(buffer.getBytes(), photo.contentType() == null ? "image/jpeg" : photo.contentType());
            return simulator.image(user, origin + "/sandbox/uploads/" + id);
        });
    }

    private static String user(String user) {
        return user != null && USER.matcher(user.strip()).matches() ? user.strip() : DEMO_USER;
    }
}
