package vn.motcua.intake;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a national sync call in every shape real senders use: the envelope {@code {service, isUpdating, data}}
 * (OpenCPS adds {@code session} and {@code madonvi}), or a provincial gateway's bare array of records posted to
 * a URL naming the service, with {@code isUpdating} and {@code MaDinhDanhDV} as query parameters. The service
 * name picks the record parser.
 */
@ApplicationScoped
public class DvcqgBatchParser {
    public static final String DOSSIER_SERVICE = "DongBoHoSoMC";
    public static final String PROGRESS_SERVICE = "CapNhatTienDoHoSoMC";
    private static final int MAX_AGENCY_CODE = 40;

    private final DvcqgParser records;
    private final BatchReader batchReader;

    public DvcqgBatchParser(DvcqgParser records, BatchReader batchReader) {
        this.records = records;
        this.batchReader = batchReader;
    }

    /** The envelope alone (the queue door). */
    public List<ParsedRecord> parse(JsonNode root) {
        return parse(root, new CallParameters(null, null)).records();
    }

    /**
     * The call's records and the key its envelope carries. {@code params} are what the URL says: the service of
     * {@code /dvcqg/{service}} and the sending agency ({@code MaDinhDanhDV}); both may be null.
     */
    public DvcqgBatch parse(JsonNode root, CallParameters params) {
        JsonNode data;
        String envelopeService = null;
        String session = null;
        String sender = params.senderAgency();
        if (root.isArray()) {
            data = root;
        } else if (root.isObject() && (root.has("data") || root.has("service"))) {
            envelopeService = textOf(root, "service");
            session = textOf(root, "session");
            String madonvi = textOf(root, "madonvi");
            sender = madonvi != null ? madonvi : sender;
            data = root.get("data");
            if (data == null || !data.isArray()) {
                throw ProblemException.badRequest("The field 'data' must be an array of records.");
            }
        } else if (root.isObject() && params.service() != null) {
            // a single record posted to /dvcqg/{service}: a batch of one
            data = json(List.of(root));
        } else {
            throw ProblemException.badRequest("Expected an object {\"service\": ..., \"data\": [...]}, or an array of "
                    + "records posted to /api/integration/dvcqg/" + DOSSIER_SERVICE + " or /" + PROGRESS_SERVICE + ".");
        }
        boolean progress = isProgress(service(params.service(), envelopeService));
        List<JsonNode> items = new ArrayList<>();
        data.forEach(items::add);
        batchReader.checkSize(items);
        String senderAgency = cleanAgencyCode(sender);
        List<ParsedRecord> parsed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ParsedRecord record = progress ? records.parseProgress(i, items.get(i)) : records.parseDossier(i, items.get(i));
            if (record.update() != null) {
                record.update().senderAgencyCode = senderAgency;
            }
            parsed.add(record);
        }
        return new DvcqgBatch(parsed, session);
    }

    /** The key an envelope carries in {@code session}, or null; never fails (used before authentication). */
    public static String sessionOf(JsonNode root) {
        JsonNode value = root != null && root.isObject() ? root.get("session") : null;
        return value != null && value.isValueNode() && !value.isNull() ? value.asText().strip() : null;
    }

    private static String service(String fromPath, String fromEnvelope) {
        if (fromPath != null && fromEnvelope != null && !fromPath.equals(fromEnvelope)) {
            throw ProblemException.badRequest("The URL names the service '" + fromPath + "' but the body names '"
                    + fromEnvelope + "'.");
        }
        String service = fromPath != null ? fromPath : fromEnvelope;
        if (service == null) {
            throw ProblemException.badRequest("The field 'service' is required (" + DOSSIER_SERVICE + " or "
                    + PROGRESS_SERVICE + "), or post to /api/integration/dvcqg/{service}.");
        }
        return service;
    }

    private static boolean isProgress(String service) {
        return switch (service) {
            case DOSSIER_SERVICE -> false;
            case PROGRESS_SERVICE -> true;
            default -> throw ProblemException.badRequest("Unknown service '" + shorten(service) + "'; expected "
                    + DOSSIER_SERVICE + " or " + PROGRESS_SERVICE + ".");
        };
    }

    private static String textOf(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw ProblemException.badRequest("The envelope's '" + field + "' must be a string.");
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** The sending agency's code, upper case; an unusable value is ignored rather than failing the batch. */
    private static String cleanAgencyCode(String code) {
        if (code == null) {
            return null;
        }
        String upper = code.strip().toUpperCase(java.util.Locale.ROOT);
        return upper.isEmpty() || upper.length() > MAX_AGENCY_CODE || !upper.matches("[A-Z0-9.\\-]+") ? null : upper;
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static JsonNode json(List<JsonNode> nodes) {
        com.fasterxml.jackson.databind.node.ArrayNode array = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        nodes.forEach(array::add);
        return array;
    }

    /** What the URL of a sync call says besides the body. */
    public record CallParameters(String service, String senderAgency) {
    }

    /** The records of one call and the key its envelope carried ({@code session}), if any. */
    public record DvcqgBatch(List<ParsedRecord> records, String session) {
    }
}
