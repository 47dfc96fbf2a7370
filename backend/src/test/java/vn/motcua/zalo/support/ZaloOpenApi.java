package vn.motcua.zalo.support;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link FakeZalo}'s OpenAPI host (messages by user id, user details) and business host (templates by phone,
 * template info): scripted answers first, then dead access tokens ({@code -216}), then the registered templates'
 * parameter checks.
 */
final class ZaloOpenApi {
    private final FakeZalo zalo;
    private final Map<String, Queue<Integer>> script = new ConcurrentHashMap<>();
    private final Set<String> deadTokens = ConcurrentHashMap.newKeySet();
    private final FakeTemplates templates = new FakeTemplates();
    private final AtomicInteger ids = new AtomicInteger();

    ZaloOpenApi(FakeZalo zalo) {
        this.zalo = zalo;
    }

    void script(String path, List<Integer> answers) {
        script.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).addAll(answers);
    }

    void killToken(String accessToken) {
        deadTokens.add(accessToken);
    }

    void template(String templateId, List<FakeZalo.Param> params) {
        templates.register(templateId, params);
    }

    void reset() {
        script.clear();
        deadTokens.clear();
        templates.clear();
    }

    void answer(HttpServerRequest request, Buffer raw) {
        String path = request.path();
        JsonObject body = raw.length() == 0 ? new JsonObject() : raw.toJsonObject();
        if (path.equals(FakeZalo.TEMPLATE_INFO)) {
            body.put("template_id", request.getParam("template_id"));
        }
        if (path.equals(FakeZalo.USER_DETAIL)) {
            body = new JsonObject(request.getParam("data"));
        }
        String token = request.getHeader("access_token");
        Integer scripted = script.getOrDefault(path, new ConcurrentLinkedQueue<>()).poll();
        if (scripted != null && (scripted == FakeZalo.SILENCE || scripted == FakeZalo.UNREADABLE)) {
            zalo.record(new FakeZalo.Call(path, token, body, scripted));
            if (scripted == FakeZalo.UNREADABLE) {
                request.response().setStatusCode(200).end("<html>Bảo trì hệ thống</html>");
            }
            return; // SILENCE: the connection stays open and nothing comes back
        }
        if (scripted != null && scripted >= 500) {
            zalo.record(new FakeZalo.Call(path, token, body, scripted));
            request.response().setStatusCode(scripted).end("unavailable");
            return;
        }
        int error = scripted != null ? scripted : deadTokens.contains(String.valueOf(token)) ? -216 : check(path, body);
        zalo.record(new FakeZalo.Call(path, token, body, error));
        JsonObject data = error != 0 ? null : data(path, body);
        request.response().putHeader("Content-Type", "application/json").end(new JsonObject().put("error", error)
                .put("message", error == 0 ? "Success" : "refused (" + error + ")").put("data", data).encode());
    }

    /** What Zalo would refuse in this call's body: 0 when nothing. */
    private int check(String path, JsonObject body) {
        if (path.equals(FakeZalo.USER_DETAIL)) {
            return FakeZalo.OA_USERS.containsKey(body.getString("user_id")) ? 0 : -201;
        }
        if (path.equals(FakeZalo.TEMPLATE_USER) || path.equals(FakeZalo.TEMPLATE_PHONE)) {
            return templates.check(body);
        }
        return 0;
    }

    private JsonObject data(String path, JsonObject body) {
        if (path.equals(FakeZalo.USER_DETAIL)) {
            return ZaloGraph.userDetail(body.getString("user_id"));
        }
        if (path.equals(FakeZalo.TEMPLATE_INFO)) {
            return templates.info(body.getString("template_id"));
        }
        String id = "fake-" + ids.incrementAndGet();
        return path.equals(FakeZalo.TEMPLATE_PHONE) ? new JsonObject().put("msg_id", id)
                : new JsonObject().put("message_id", id).put("user_id", body.getString("user_id"));
    }
}
