package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import vn.motcua.common.BaseUrls;
import vn.motcua.zalo.ZaloConfig;
import vn.motcua.zalo.ZaloSettings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The live OA messenger: consultation and template messages, and template descriptions, as OA API calls
 * through {@link OaApi} (the stored token, one refresh on a token error) and so through the {@link ZaloGateway}.
 */
@ApplicationScoped
@Typed(LiveMessenger.class) // injected through MessengerProducer only
public class LiveMessenger implements ZaloMessenger {
    private final OaApi api;
    private final String consultationUrl;
    private final String templateUrl;
    private final String phoneTemplateUrl;
    private final String templateInfoUrl;
    /** Template messages by phone carry {@code "mode":"development"}: only the Zalo App's administrators get them. */
    private final boolean development;

    @Inject
    public LiveMessenger(OaApi api, ZaloSettings settings) {
        this(api, Endpoints.of(settings), settings.config().templateMode() == ZaloConfig.TemplateMode.DEVELOPMENT);
    }

    /** Zalo's base URLs (configuration, so that tests and benchmarks point them at a local fake). */
    record Endpoints(String openapi, String business) {
        static Endpoints of(ZaloSettings settings) {
            return new Endpoints(settings.config().openapiUrl(), settings.config().businessUrl());
        }
    }

    LiveMessenger(OaApi api, Endpoints endpoints, boolean development) {
        this.api = api;
        this.development = development;
        this.consultationUrl = BaseUrls.withoutTrailingSlash(endpoints.openapi()) + "/v3.0/oa/message/cs";
        this.templateUrl = BaseUrls.withoutTrailingSlash(endpoints.openapi()) + "/v3.0/oa/message/template";
        this.phoneTemplateUrl = BaseUrls.withoutTrailingSlash(endpoints.business()) + "/message/template";
        this.templateInfoUrl = BaseUrls.withoutTrailingSlash(endpoints.business()) + "/template/info/v2?template_id=";
    }

    @Override
    public Uni<String> sendConsultation(ZaloMessage message) {
        return api.post(consultationUrl, ZaloMessageJson.consultation(message))
                .map(data -> data.getString("message_id"));
    }

    @Override
    public Uni<String> sendTemplateToUser(TemplateMessage message) {
        return api.post(templateUrl, ZaloMessageJson.templateToUser(message))
                .map(data -> data.getString("message_id", data.getString("msg_id")));
    }

    @Override
    public Uni<String> sendTemplateToPhone(TemplateMessage message) {
        return api.post(phoneTemplateUrl, ZaloMessageJson.templateToPhone(message, development))
                .map(data -> data.getString("msg_id", data.getString("message_id")));
    }

    /**
     * Zalo's description of an approved template ({@code GET business.openapi.zalo.me/template/info/v2}): its
     * status and its parameters ({@code listParams}: name, type, maxLength, require).
     */
    public Uni<JsonObject> templateInfo(String templateId) {
        return api.get(templateInfoUrl + URLEncoder.encode(templateId, StandardCharsets.UTF_8));
    }
}
