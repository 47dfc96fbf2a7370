package vn.motcua.admin.inbox;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.admin.FormValues;
import vn.motcua.admin.auth.OfficerIdentities;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The OA inbox: conversations citizens asked to have with an officer. */
@Path("/admin/inbox")
@Produces("text/html; charset=utf-8")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class InboxPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(List<Conversation> conversations);

        static native TemplateInstance conversation(Conversation conversation, List<InboxMessage> messages);
    }

    private final SecurityIdentity identity;
    private final OfficerInbox inbox;
    private final InboxActions actions;

    public InboxPages(SecurityIdentity identity, OfficerInbox inbox, InboxActions actions) {
        this.identity = identity;
        this.inbox = inbox;
        this.actions = actions;
    }

    @GET
    @Operation(hidden = true)
    public Uni<String> list() {
        return inbox.waiting(OfficerIdentities.agencyId(identity))
                .flatMap(list -> Templates.inbox(list).createUni());
    }

    @GET
    @Path("/{userId}")
    @Operation(hidden = true)
    public Uni<String> conversation(@PathParam("userId") String userId) {
        return inbox.find(OfficerIdentities.agencyId(identity), userId)
                .flatMap(c -> inbox.messages(userId).flatMap(messages -> Templates.conversation(c, messages).createUni()));
    }

    @POST
    @Path("/{userId}/reply")
    @Operation(hidden = true)
    public Uni<Response> reply(@PathParam("userId") String userId, @FormParam("noidung") String text) {
        return actions.reply(identity, userId, FormValues.required(text, "nội dung trả lời")).map(x -> Response.seeOther(
                URI.create("/admin/inbox/" + URLEncoder.encode(userId, StandardCharsets.UTF_8))).build());
    }

    @POST
    @Path("/{userId}/bot")
    @Operation(hidden = true)
    public Uni<Response> handBack(@PathParam("userId") String userId) {
        return actions.handBack(identity, userId).map(x -> Response.seeOther(URI.create("/admin/inbox")).build());
    }

    @POST
    @Path("/{userId}/close")
    @Operation(hidden = true)
    public Uni<Response> close(@PathParam("userId") String userId) {
        return actions.close(identity, userId).map(x -> Response.seeOther(URI.create("/admin/inbox")).build());
    }
}
