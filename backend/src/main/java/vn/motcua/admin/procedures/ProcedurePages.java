package vn.motcua.admin.procedures;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.motcua.admin.FormValues;
import vn.motcua.admin.auth.Officer;

import java.net.URI;
import java.util.List;

/** The procedure catalogue in the settings (administrators): list and search, edit one, import a JSON file. */
@Path("/admin/settings/procedures")
@Produces("text/html; charset=utf-8")
@RolesAllowed(Officer.PROVINCE_ADMINISTRATOR)
public class ProcedurePages {
    private static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance procedures(List<ProcedureCatalogueStore.Item> items,
                                                  String query, int page, boolean more, ImportResult result);

        static native TemplateInstance procedure(ProcedureCatalogueStore.Editable procedure);
    }

    private final SecurityIdentity identity;
    private final ProcedureCatalogueStore catalogue;
    private final ProcedureImport parser;
    private final ProcedureImportStore importer;
    private final Vertx vertx;

    public ProcedurePages(SecurityIdentity identity, ProcedureCatalogueStore catalogue, ProcedureImport parser,
                          ProcedureImportStore importer, Vertx vertx) {
        this.identity = identity;
        this.catalogue = catalogue;
        this.parser = parser;
        this.importer = importer;
        this.vertx = vertx;
    }

    @GET
    @Operation(hidden = true)
    public Uni<String> list(@QueryParam("q") String query, @QueryParam("trang") String page, @QueryParam("moi") String created,
                            @QueryParam("capnhat") String updated, @QueryParam("giunguyen") String unchanged,
                            @QueryParam("daluu") String saved) {
        ImportResult result = created == null ? ("1".equals(saved) ? ImportResult.SAVED : null)
                : ImportResult.done(FormValues.parseInt(created, 0), FormValues.parseInt(updated, 0), FormValues.parseInt(unchanged, 0));
        return page(query, FormValues.page(page), result);
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public Uni<String> edit(@PathParam("id") long id) {
        return catalogue.find(id).flatMap(p -> Templates.procedure(p).createUni());
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> save(@PathParam("id") long id, @FormParam("ten") String name,
                              @FormParam("malinhvuc") String fieldCode, @FormParam("linhvuc") String fieldName,
                              @FormParam("songay") String days, @FormParam("phi") String fees,
                              @FormParam("giayto") String documents) {
        Integer processingDays = FormValues.blankToNull(days) == null ? null : FormValues.parseInt(days, 0);
        return catalogue.update(identity, id, ProcedureForm.of(null, name, fieldCode, fieldName, processingDays, fees, documents))
                .map(x -> Response.seeOther(URI.create("/admin/settings/procedures?daluu=1")).build());
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Uni<Response> importFile(@RestForm("tep") FileUpload file) {
        return read(file).map(parser::parse).flatMap(forms -> importer.save(identity, forms))
                .map(o -> Response.seeOther(URI.create("/admin/settings/procedures?moi=" + o.created() + "&capnhat="
                        + o.updated() + "&giunguyen=" + o.unchanged())).build())
                .onFailure(ProcedureImport.ImportRejected.class).recoverWithUni(e -> page(null, 1,
                        ImportResult.rejected(((ProcedureImport.ImportRejected) e).problems()))
                        .map(html -> Response.status(400).entity(html).type("text/html; charset=utf-8").build()));
    }

    private Uni<byte[]> read(FileUpload file) {
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return Uni.createFrom().item(new byte[0]);
        }
        if (file.size() > ProcedureImport.MAX_BYTES) {
            return Uni.createFrom().failure(new ProcedureImport.ImportRejected(
                    "Tệp quá lớn: tối đa " + ProcedureImport.MAX_BYTES / (1024 * 1024) + " MB."));
        }
        return vertx.fileSystem().readFile(file.uploadedFile().toString()).map(buffer -> buffer.getBytes());
    }

    private Uni<String> page(String query, int page, ImportResult result) {
        return catalogue.search(query, PAGE_SIZE + 1, (page - 1L) * PAGE_SIZE).flatMap(items -> Templates.procedures(
                items.subList(0, Math.min(items.size(), PAGE_SIZE)), query == null ? "" : query, page,
                items.size() > PAGE_SIZE, result).createUni());
    }

    /** What the page says about the last import or save: numbers, or the file's problems. */
    public record ImportResult(boolean ok, String message, List<String> problems) {
        static final ImportResult SAVED = new ImportResult(true, "Đã lưu thủ tục.", List.of());

        static ImportResult done(int created, int updated, int unchanged) {
            return new ImportResult(true, "Đã nhập danh mục: " + created + " thủ tục mới, " + updated + " thủ tục cập nhật, "
                    + unchanged + " thủ tục không thay đổi.", List.of());
        }

        static ImportResult rejected(List<String> problems) {
            return new ImportResult(false, "Không nhập được tệp, danh mục chưa thay đổi:", problems);
        }
    }
}
