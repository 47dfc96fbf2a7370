package vn.motcua.receipt;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.agency.Agency;
import vn.motcua.common.Masking;
import vn.motcua.common.VietnamTime;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.lookup.DossierRow;
import vn.motcua.lookup.LookupService;
import vn.motcua.procedure.Procedure;
import vn.motcua.qr.QrEncoder;

import java.util.Arrays;
import java.util.List;

/** Finds the dossier a receipt is for, signs its link and gathers what the printed receipt shows. */
@ApplicationScoped
public class ReceiptService {
    private final LookupService lookup;
    private final DossierLinks links;
    private final QrEncoder encoder;

    public ReceiptService(LookupService lookup, DossierLinks links, QrEncoder encoder) {
        this.lookup = lookup;
        this.links = links;
        this.encoder = encoder;
    }

    /** The stored code of a dossier, whatever code (old, alias, typed loosely) it was asked by. */
    public Uni<String> canonicalCode(String rawCode) {
        return lookup.find(rawCode).map(DossierRow::code);
    }

    public Uni<DossierLinks.Link> link(String rawCode) {
        return lookup.find(rawCode).map(row -> links.forDossier(row.code(), row.tokenGeneration()));
    }

    /** One session, one query after another (a reactive session runs one operation at a time). */
    @WithSession
    public Uni<ReceiptData> receipt(String rawCode) {
        return lookup.find(rawCode).flatMap(row -> Dossier.<Dossier>findById(row.id()).flatMap(d ->
                (d.agencyId == null ? Uni.createFrom().<Agency>nullItem() : Agency.<Agency>findById(d.agencyId))
                        .flatMap(agency -> (d.procedureId == null ? Uni.createFrom().<Procedure>nullItem()
                                : Procedure.<Procedure>findById(d.procedureId))
                                .flatMap(procedure -> DossierEvent.<DossierEvent>find(
                                                "dossierId = ?1 and officerName is not null order by occurredAt, id", d.id)
                                        .firstResult()
                                        .map(firstEvent -> toReceipt(d, agency, procedure, firstEvent,
                                                links.forDossier(row.code(), row.tokenGeneration())))))));
    }

    private ReceiptData toReceipt(Dossier d, Agency agency, Procedure procedure, DossierEvent firstEvent,
                                  DossierLinks.Link link) {
        return new ReceiptData(agency == null ? null : agency.name, d.code, d.applicantName,
                Masking.maskPhone(d.applicantPhone), procedure == null ? null : procedure.name, documents(procedure),
                procedure == null ? null : procedure.processingDays, VietnamTime.inVietnam(d.receivedAt),
                VietnamTime.inVietnam(d.dueAt), "post".equals(d.resultDelivery),
                firstEvent == null ? null : firstEvent.officerName, encoder.svg(link.url()), link.url());
    }

    private static List<String> documents(Procedure procedure) {
        if (procedure == null || procedure.requiredDocuments == null) {
            return List.of();
        }
        return Arrays.stream(procedure.requiredDocuments.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
