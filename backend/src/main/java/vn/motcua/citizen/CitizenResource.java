package vn.motcua.citizen;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.citizen.CitizenRepository.Citizen;
import vn.motcua.common.JsonBody;
import vn.motcua.common.problem.ProblemException;

/** The Mini App's signed-in citizen: sign-in with a Zalo token, phone consent, own dossiers, follows. */
@Path("/api/public/v1")
@Tag(name = "Citizen (Mini App sign-in)")
@Produces(MediaType.APPLICATION_JSON)
public class CitizenResource {
    /** Sign-in and phone bodies hold two tokens: a few kilobytes at most. */
    static final int MAX_BODY = 16 * 1024;
    private final SignInService signIn;
    private final PhoneLinking phones;
    private final MyDossiers dossiers;
    private final CitizenSessions sessions;
    private final CitizenRepository citizens;
    private final JsonBody json;
    private final NewsChoices news;

    public CitizenResource(SignInService signIn, PhoneLinking phones, MyDossiers dossiers, CitizenSessions sessions,
                           CitizenRepository citizens, JsonBody json, NewsChoices news) {
        this.news = news;
        this.signIn = signIn;
        this.phones = phones;
        this.dossiers = dossiers;
        this.sessions = sessions;
        this.citizens = citizens;
        this.json = json;
    }

    @POST
    @Path("/session")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in with the Mini App's Zalo access token; answers our session token")
    public Uni<SignInService.SessionAnswer> session(byte[] body) {
        SignInRequest request = read(body, SignInRequest.class);
        return signIn.signIn(request.accessToken(), request.oaUserId());
    }

    @POST
    @Path("/session/sandbox")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Sandbox only: sign in as the demo citizen (phone 0912345678 linked)")
    public Uni<SignInService.SessionAnswer> sandboxSession() {
        return signIn.signInSandbox();
    }

    @POST
    @Path("/me/phone")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link the phone number shared with getPhoneNumber() (token exchanged server-side)")
    public Uni<PhoneLinking.PhoneLinked> phone(@HeaderParam("Authorization") String authorization, byte[] body) {
        return current(authorization).flatMap(citizen -> {
            PhoneRequest request = read(body, PhoneRequest.class);
            return phones.link(citizen, request.phoneToken(), request.accessToken());
        });
    }

    @GET
    @Path("/me/dossiers")
    @Operation(summary = "The dossiers filed with the linked phone, newest first")
    public Uni<MyDossiers.DossierList> myDossiers(@HeaderParam("Authorization") String authorization) {
        return current(authorization).flatMap(dossiers::list);
    }

    @GET
    @Path("/me/subscriptions")
    @Operation(summary = "Codes of the dossiers the citizen follows")
    public Uni<MyDossiers.Followed> subscriptions(@HeaderParam("Authorization") String authorization) {
        return current(authorization).flatMap(dossiers::followed);
    }

    @PUT
    @Path("/me/subscriptions/{code}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Follow a dossier (notifications on every change). With t, the receipt QR code's access "
            + "token, the follower is known to be the applicant and hears the details; otherwise only status and dates")
    public Uni<MyDossiers.Following> follow(@HeaderParam("Authorization") String authorization,
                                            @PathParam("code") String code,
                                            @jakarta.ws.rs.QueryParam("t") String token) {
        return current(authorization).flatMap(citizen -> dossiers.setFollowing(citizen, code, true, token));
    }

    @DELETE
    @Path("/me/subscriptions/{code}")
    @Operation(summary = "Stop following a dossier")
    public Uni<MyDossiers.Following> unfollow(@HeaderParam("Authorization") String authorization,
                                              @PathParam("code") String code) {
        return current(authorization).flatMap(citizen -> dossiers.setFollowing(citizen, code, false));
    }

    @GET
    @Path("/me/news-subscriptions")
    @Operation(summary = "Which news categories the citizen receives on Zalo (opt-in; canReceive needs the OA id)")
    public Uni<NewsChoices.Choices> newsChoices(@HeaderParam("Authorization") String authorization) {
        return current(authorization).flatMap(news::of);
    }

    @PUT
    @Path("/me/news-subscriptions/{category}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Receive a news category (general, procedures, business) on Zalo")
    public Uni<NewsChoices.Choices> receiveNews(@HeaderParam("Authorization") String authorization,
                                                @PathParam("category") String category) {
        return current(authorization).flatMap(citizen -> news.set(citizen, category, true));
    }

    @DELETE
    @Path("/me/news-subscriptions/{category}")
    @Operation(summary = "Stop receiving a news category on Zalo")
    public Uni<NewsChoices.Choices> stopNews(@HeaderParam("Authorization") String authorization,
                                             @PathParam("category") String category) {
        return current(authorization).flatMap(citizen -> news.set(citizen, category, false));
    }

    private Uni<Citizen> current(String authorization) {
        long id;
        try {
            id = sessions.citizenOf(authorization);
        } catch (ProblemException e) {
            return Uni.createFrom().failure(e);
        }
        return citizens.find(id).map(citizen -> {
            if (citizen == null) {
                throw CitizenSessions.unauthorized("Phiên đăng nhập không còn hiệu lực. Vui lòng đăng nhập lại.");
            }
            return citizen;
        });
    }

    private <T> T read(byte[] body, Class<T> type) {
        if (body != null && body.length > MAX_BODY) {
            throw ProblemException.payloadTooLarge("The body is larger than " + MAX_BODY + " bytes.");
        }
        return json.read(body, type);
    }

    public record SignInRequest(String accessToken, String oaUserId) {
    }

    public record PhoneRequest(String phoneToken, String accessToken) {
    }
}
