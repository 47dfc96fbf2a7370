package vn.motcua.receipt;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.agency.Agency;
import vn.motcua.common.Masking;
import vn.motcua.common.VietnamTime;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierEventRepository;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.intake.IntakeCaller;
import vn.motcua.lookup.DossierRow;
import vn.motcua.lookup.LookupService;
import vn.motcua.procedure.Procedure;
import vn.motcua.qr.QrEncoder;

import java.util.List;

/** Finds the dossier a receipt is for, signs its link and gathers what the printed receipt shows. */
@ApplicationScoped
public class ReceiptService {
    private final LookupService lookup;
    private final DossierLinks links;
    private final QrEncoder encoder;
    private final IntegrationReach reach;
    private final DossierRepository dossiers;
    private final DossierEventRepository events;

    public ReceiptService(LookupService lookup, DossierLinks links, QrEncoder encoder, IntegrationReach reach,
                          DossierRepository dossiers, DossierEventRepository events) {
        this.dossiers = dossiers;
        this.events = events;
        this.lookup = lookup;
        this.links = links;
        this.encoder = encoder;
        this.reach = reach;
    }

    /**
     * The stored code of a dossier, whatever code (old, alias, typed loosely) it was asked by, once {@code caller}
     * is known to reach the dossier (see {@link IntegrationReach}).
     */
    public Uni<String> canonicalCodeFor(IntakeCaller caller, String rawCode) {
        return lookup.find(rawCode).call(row -> reach.check(caller, row.id())).map(DossierRow::code);
    }

    /** The signed link, for a caller that reaches the dossier. */
    public Uni<DossierLinks.Link> linkFor(IntakeCaller caller, String rawCode) {
        return lookup.find(rawCode).call(row -> reach.check(caller, row.id()))
                .map(row -> links.forDossier(row.code(), row.tokenGeneration()));
    }

    /** One session, one query after another (a reactive session runs one operation at a time). */
    @WithSession
    public Uni<ReceiptData> receipt(IntakeCaller caller, String rawCode) {
        return lookup.find(rawCode).call(row -> reach.check(caller, row.id())).flatMap(row -> Dossier.<Dossier>findById(row.id()).flatMap(d ->
                (d.agencyId == null ? Uni.createFrom().<Agency>nullItem() : Agency.<Agency>findById(d.agencyId))
                        .flatMap(agency -> (d.procedureId == null ? Uni.createFrom().<Procedure>nullItem()
                                : Procedure.<Procedure>findById(d.procedureId))
                                .flatMap(procedure -> events.firstSignedByOfficer(d.id)
                                        .flatMap(firstEvent -> dossiers.documents(d.id, DossierDocument.SUBMITTED)
                                                .map(documents -> toReceipt(d, agency, procedure, firstEvent, documents,
                                                        links.forDossier(row.code(), row.tokenGeneration()))))))));
    }

    private ReceiptData toReceipt(Dossier d, Agency agency, Procedure procedure, DossierEvent firstEvent,
                                  List<DossierDocument> documents, DossierLinks.Link link) {
        return new ReceiptData(agency == null ? null : agency.name, d.code, d.applicantName,
                Masking.maskPhone(d.applicantPhone), procedure == null ? null : procedure.name, received(documents),
                procedure == null ? null : procedure.processingDays, VietnamTime.inVietnam(d.receivedAt),
                VietnamTime.inVietnam(d.dueAt), "post".equals(d.resultDelivery),
                firstEvent == null ? null : firstEvent.officerName, encoder.svg(link.url()), link.url());
    }

    /**
     * What the citizen handed in, as the one-stop system recorded it (TaiLieuNop): the receipt attests what was
     * received, so the procedure's list of required documents is never printed in its place.
     */
    private static List<String> received(List<DossierDocument> documents) {
        return documents.stream().map(doc -> doc.copies == null || doc.copies == 1 ? doc.name
                : doc.name + " (" + doc.copies + " bản)").toList();
    }
}
