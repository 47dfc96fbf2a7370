package vn.motcua.intake;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/** Reads the envelope of a national sync call: the service name picks the record parser. */
@ApplicationScoped
public class DvcqgBatchParser {
    public static final String DOSSIER_SERVICE = "DongBoHoSoMC";
    public static final String PROGRESS_SERVICE = "CapNhatTienDoHoSoMC";

    private final DvcqgParser records;
    private final BatchReader batchReader;

    public DvcqgBatchParser(DvcqgParser records, BatchReader batchReader) {
        this.records = records;
        this.batchReader = batchReader;
    }

    public List<ParsedRecord> parse(JsonNode root) {
        if (!root.isObject()) {
            throw ProblemException.badRequest("Expected an object {\"service\": ..., \"data\": [...]}.");
        }
        JsonNode service = root.get("service");
        if (service == null || !service.isTextual()) {
            throw ProblemException.badRequest("The field 'service' is required (" + DOSSIER_SERVICE + " or "
                    + PROGRESS_SERVICE + ").");
        }
        boolean progress = switch (service.asText()) {
            case DOSSIER_SERVICE -> false;
            case PROGRESS_SERVICE -> true;
            default -> throw ProblemException.badRequest("Unknown service '" + service.asText() + "'; expected "
                    + DOSSIER_SERVICE + " or " + PROGRESS_SERVICE + ".");
        };
        JsonNode data = root.get("data");
        if (data == null || !data.isArray()) {
            throw ProblemException.badRequest("The field 'data' must be an array of records.");
        }
        batchReader.checkSize(toList(data));
        List<ParsedRecord> parsed = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            parsed.add(progress ? records.parseProgress(i, data.get(i)) : records.parseDossier(i, data.get(i)));
        }
        return parsed;
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
