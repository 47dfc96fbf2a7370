package vn.motcua.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/** Takes an intake body as a whole: valid JSON, the right shape, not too large; else a 4xx. */
@ApplicationScoped
public class BatchReader {
    private final ObjectMapper json;
    private final IntegrationSettings config;

    public BatchReader(ObjectMapper json, IntegrationSettings config) {
        this.json = json;
        this.config = config;
    }

    public JsonNode readTree(byte[] body) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("The request body is empty.");
        }
        if (body.length > config.maxBodyBytes()) {
            throw ProblemException.payloadTooLarge("The body is larger than " + config.maxBodyBytes() + " bytes.");
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, "malformed-json", "JSON không hợp lệ",
                    "The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ProblemException.badRequest("The request body could not be read.");
        }
    }

    /** A single object is a batch of one; an array is a batch; anything else is refused. */
    public List<JsonNode> records(JsonNode root, String arrayHint) {
        List<JsonNode> records = new ArrayList<>();
        if (root.isObject()) {
            records.add(root);
        } else if (root.isArray()) {
            root.forEach(records::add);
        } else {
            throw ProblemException.badRequest("Expected a JSON object or " + arrayHint + ".");
        }
        checkSize(records);
        return records;
    }

    public void checkSize(List<?> records) {
        if (records.isEmpty()) {
            throw ProblemException.badRequest("The batch holds no record.");
        }
        if (records.size() > config.maxBatch()) {
            throw ProblemException.payloadTooLarge("A batch holds at most " + config.maxBatch() + " records; this one holds "
                    + records.size() + ".");
        }
    }
}
