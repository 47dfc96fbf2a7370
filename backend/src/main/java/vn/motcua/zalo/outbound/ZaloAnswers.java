package vn.motcua.zalo.outbound;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.buffer.Buffer;

/**
 * How Zalo's answers are read. Zalo answers HTTP 200 with an {@code error} field for most failures, so every
 * body is read and classified: a 5xx or an unreadable 200 is "Zalo unavailable" (code 0, retried later); any
 * {@code error} other than 0 is Zalo's refusal, classified by {@link ZaloApiException#of}.
 */
final class ZaloAnswers {
    private ZaloAnswers() {
    }

    /** The {@code data} object of an OA API answer (openapi.zalo.me, business.openapi.zalo.me). */
    static JsonObject oaData(int status, Buffer body) {
        JsonObject answer = json(status, body, "");
        int error = code(answer.getValue("error"), 0);
        if (error != 0) {
            throw ZaloApiException.of(error, answer.getString("message", ""));
        }
        refuseNon200(status, "");
        JsonObject data = answer.getJsonObject("data");
        return data == null ? new JsonObject() : data;
    }

    /** The whole graph.zalo.me answer; its {@code error} is a number or an object with a code. */
    static JsonObject graph(int status, Buffer body) {
        JsonObject answer = json(status, body, "graph: ");
        Object error = answer.getValue("error");
        if (error instanceof JsonObject object) {
            throw ZaloApiException.of(code(object.getValue("code"), 0), object.getString("message", ""));
        }
        int code = code(error, 0);
        if (code != 0) {
            throw ZaloApiException.of(code, answer.getString("message", ""));
        }
        refuseNon200(status, "graph: ");
        return answer;
    }

    /** Zalo sends numbers, and sometimes the same number as a string; {@code missing} when there is none. */
    static int code(Object value, int missing) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return value == null ? missing : Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static JsonObject json(int status, Buffer body, String prefix) {
        if (status >= 500) {
            throw ZaloApiException.unavailable(prefix + "HTTP " + status);
        }
        try {
            return new JsonObject(body.toString());
        } catch (RuntimeException e) {
            throw status == 200 ? ZaloApiException.unavailable(prefix + "unreadable answer")
                    : new ZaloApiException(status, prefix + "HTTP " + status, ZaloErrorClass.PERMANENT);
        }
    }

    private static void refuseNon200(int status, String prefix) {
        if (status != 200) {
            throw new ZaloApiException(status, prefix + "HTTP " + status, ZaloErrorClass.PERMANENT);
        }
    }
}
