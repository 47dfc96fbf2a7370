package vn.motcua.intake;

import vn.motcua.dossier.DossierCode;
import vn.motcua.dossier.DossierCodeAlias;

import java.util.ArrayList;
import java.util.List;

/**
 * Codes a record gives for the same dossier besides its own: the receipt number ({@code SoBienNhan}) and a vendor's
 * other code ({@code MaHoSoKhac}) in the national format, {@code receiptNumber} and {@code aliases} in ours. An
 * unusable one is a warning, never a refusal.
 */
final class AliasFields {
    static final int MAX_ALIASES = 10;

    private AliasFields() {
    }

    static List<DossierUpdate.Alias> national(RecordReader r) {
        List<DossierUpdate.Alias> aliases = new ArrayList<>();
        add(r, aliases, "SoBienNhan", r.text("SoBienNhan"), DossierCodeAlias.RECEIPT_NUMBER);
        add(r, aliases, "MaHoSoKhac", r.text("MaHoSoKhac"), DossierCodeAlias.SENDER_CODE);
        return aliases;
    }

    static List<DossierUpdate.Alias> own(RecordReader r) {
        List<DossierUpdate.Alias> aliases = new ArrayList<>();
        add(r, aliases, "receiptNumber", r.text("receiptNumber"), DossierCodeAlias.RECEIPT_NUMBER);
        List<String> others = r.strings("aliases");
        for (int i = 0; i < others.size(); i++) {
            add(r, aliases, "aliases[" + i + "]", others.get(i), DossierCodeAlias.PREVIOUS_CODE);
        }
        return aliases;
    }

    private static void add(RecordReader r, List<DossierUpdate.Alias> aliases, String field, String raw, String kind) {
        if (raw == null) {
            return;
        }
        try {
            String code = DossierCode.normalise(raw);
            if (aliases.size() >= MAX_ALIASES) {
                r.warn(field, "more than " + MAX_ALIASES + " other codes, left out");
            } else {
                aliases.add(new DossierUpdate.Alias(code, kind));
            }
        } catch (IllegalArgumentException e) {
            r.warn(field, e.getMessage() + ", not recorded as another code of the dossier");
        }
    }
}
