package vn.motcua.admin;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.common.VietnamTime;
import vn.motcua.common.problem.ProblemException;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** The form on a dossier's page: an officer changes its status or extends its due date. */
@Path("/admin/dossiers/{code}/actions")
public class AdminActions {
    private final SecurityIdentity identity;
    private final OfficerActionService actions;

    public AdminActions(SecurityIdentity identity, OfficerActionService actions) {
        this.identity = identity;
        this.actions = actions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> act(@PathParam("code") String code, @FormParam("trangthai") String status, @FormParam("ghichu") String note,
                             @FormParam("giayto") String documents, @FormParam("tenphi") String feeName,
                             @FormParam("sotien") String feeAmount, @FormParam("henmoi") String newDue,
                             @FormParam("lydo") String reason) {
        OfficerAction action = new OfficerAction(integer(status), note, lines(documents), FormValues.blankToNull(feeName),
                amount(feeAmount), dueDate(newDue), reason);
        return actions.perform(identity, code, action).map(canonical -> Response.seeOther(URI.create(
                "/admin/dossiers/" + URLEncoder.encode(canonical, StandardCharsets.UTF_8))).build());
    }

    private static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Integer integer(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("Trạng thái không hợp lệ.");
        }
    }

    private static BigDecimal amount(String value) {
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value.strip().replace(".", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("Số tiền không hợp lệ.");
        }
    }

    private static java.time.OffsetDateTime dueDate(String value) {
        try {
            return value == null || value.isBlank() ? null
                    : LocalDateTime.parse(value.strip()).atOffset(VietnamTime.OFFSET);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("Ngày hẹn trả mới không hợp lệ.");
        }
    }
}
