package vn.motcua.intake;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.dossier.FilingChannel;
import vn.motcua.dossier.ResultDelivery;

import java.util.ArrayList;
import java.util.List;

/** Reads this product's own intake records (English field names, ISO-8601 times). */
@ApplicationScoped
public class OwnFormatParser {

    public ParsedRecord parse(int index, JsonNode node) {
        if (!node.isObject()) {
            return ParsedRecord.of(index, null, null, List.of(new FieldError("", "record must be a JSON object")));
        }
        RecordReader r = RecordReader.of(node);
        DossierUpdate u = new DossierUpdate();
        u.code = CommonRules.code(r, "code");
        u.procedureCode = r.text("procedureCode", 60);
        u.procedureName = r.text("procedureName", 500);
        u.fieldCode = r.text("fieldCode", 60);
        u.fieldName = r.text("fieldName", 200);
        u.agencyCode = r.text("agencyCode", 40);
        u.agencyName = r.text("agencyName", 300);
        readApplicant(r.object("applicant"), u);
        u.summary = r.text("summary", 2000);
        u.status = CommonRules.status(r, "status");
        u.sourceStatus = r.text("sourceStatus", 200);
        u.receivedAt = r.isoDate("receivedAt");
        u.dueAt = r.isoDate("dueAt");
        u.finishedAt = r.isoDate("finishedAt");
        u.returnedAt = r.isoDate("returnedAt");
        u.channel = enumValue(r, "channel", FilingChannel.class);
        u.resultDelivery = enumValue(r, "resultDelivery", ResultDelivery.class);
        u.notifyConsent = r.bool("notificationConsent");
        u.eventTime = r.isoDate("eventTime");
        u.eventKey = r.text("eventKey", 100);
        u.department = r.text("department", 300);
        u.officerName = r.text("officerName", 200);
        u.officerTitle = r.text("officerTitle", 200);
        u.note = r.text("note", 2000);
        u.dueChangeReason = r.text("dueDateChangeReason", 2000);
        if (node.has("supplements")) {
            u.supplements = new ArrayList<>();
            for (RecordReader s : r.array("supplements")) {
                List<String> items = s.strings("items");
                if (items.isEmpty()) {
                    s.reject("items", "list at least one missing document");
                }
                u.supplements.add(new DossierUpdate.Supplement(String.join("\n", items), s.isoDate("requestedAt"),
                        null, null));
            }
        }
        if (node.has("fees")) {
            u.fees = new ArrayList<>();
            for (RecordReader f : r.array("fees")) {
                String name = f.text("name", 500);
                if (name == null) {
                    f.reject("name", "is required");
                }
                u.fees.add(new DossierUpdate.Fee(name, f.text("code", 100), f.money("amount")));
            }
        }
        u.submittedDocuments = DocumentLists.own(r, node, "submittedDocuments");
        u.resultDocuments = DocumentLists.own(r, node, "resultDocuments");
        u.aliases = AliasFields.own(r);
        CommonRules.datesInOrder(r, u, "receivedAt", "dueAt");
        return ParsedRecord.of(index, u.code, u, r);
    }

    private static void readApplicant(RecordReader a, DossierUpdate u) {
        if (a == null) {
            return;
        }
        u.applicantName = a.text("name", 300);
        String type = a.text("type");
        if (type != null) {
            switch (type.toLowerCase()) {
                case "citizen", "1" -> u.applicantType = 1;
                case "business", "2" -> u.applicantType = 2;
                case "state-body", "3" -> u.applicantType = 3;
                case "organisation", "organization", "other", "4" -> u.applicantType = 4;
                default -> a.warn("type", "unknown applicant type (expected citizen, business, state-body or "
                        + "organisation), ignored");
            }
        }
        u.applicantPhone = CommonRules.phone(a, "phone");
        u.applicantIdNumber = ApplicantFields.idNumber(a, "idNumber");
        u.applicantPortalAccount = a.text("portalAccountId", 200);
        u.applicantEmail = a.text("email", 200);
    }

    private static <E extends Enum<E>> String enumValue(RecordReader r, String field, Class<E> type) {
        String value = r.text(field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase()).name().toLowerCase();
        } catch (IllegalArgumentException e) {
            r.reject(field, "unknown value '" + value + "'");
            return null;
        }
    }
}
