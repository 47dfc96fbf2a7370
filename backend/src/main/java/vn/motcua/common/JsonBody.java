package vn.motcua.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.problem.ProblemException;

import java.io.IOException;

/**
 * Reads small JSON request bodies into records ourselves, so that every malformed or mistyped body gets
 * the same problem+json answer instead of the framework's default.
 */
@ApplicationScoped
public class JsonBody {
    private final ObjectMapper json;

    public JsonBody(ObjectMapper json) {
        this.json = json;
    }

    public <T> T read(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("Thiếu nội dung yêu cầu (JSON).");
        }
        T value;
        try {
            value = json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, "malformed-json", "JSON không hợp lệ",
                    "Nội dung yêu cầu không đúng định dạng: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ProblemException.badRequest("Không đọc được nội dung yêu cầu.");
        }
        if (value == null) {
            // the JSON text "null" reads as no object at all: every caller expects one
            throw ProblemException.badRequest("Nội dung yêu cầu phải là một đối tượng JSON.");
        }
        return value;
    }
}
