package vn.motcua.lookup;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.VietnamTime;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.dossier.DossierCode;

/** The public lookup: the minimum for anyone with the code, the full detail for a valid access token. */
@ApplicationScoped
public class LookupService {
    private final LookupRepository lookups;
    private final DetailRepository details;
    private final AccessTokens tokens;

    public LookupService(LookupRepository lookups, DetailRepository details, AccessTokens tokens) {
        this.lookups = lookups;
        this.details = details;
        this.tokens = tokens;
    }

    public Uni<DossierView> lookup(String rawCode, String token) {
        return find(rawCode).flatMap(row -> {
            Boolean tokenValid = token == null || token.isBlank() ? null : verify(row, token.strip());
            DossierView view = DossierView.publicView(row, VietnamTime.now(), tokenValid);
            return Boolean.TRUE.equals(tokenValid)
                    ? details.detail(row.id()).map(view::withDetail)
                    : Uni.createFrom().item(view);
        });
    }

    /**
     * A receipt printed before the dossier was re-coded carries a link signed for the code it had then: it stays valid
     * when the lookup came through that very code (a recorded alias).
     */
    private boolean verify(DossierRow row, String token) {
        return tokens.verify(row.code(), row.tokenGeneration(), token)
                || (row.matchedAlias() != null && tokens.verify(row.matchedAlias(), row.tokenGeneration(), token));
    }

    /** The dossier however its code was typed (old codes and aliases included), or a 404 problem. */
    public Uni<DossierRow> find(String rawCode) {
        String code;
        try {
            code = DossierCode.normalise(rawCode);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(notFound(rawCode));
        }
        return lookups.find(code).map(row -> {
            if (row == null) {
                throw notFound(rawCode);
            }
            return row;
        });
    }

    static ProblemException notFound(String rawCode) {
        String shown = rawCode == null ? "" : rawCode.strip();
        if (shown.length() > 60) {
            shown = shown.substring(0, 60) + "…";
        }
        return ProblemException.notFound("Không tìm thấy hồ sơ",
                "Không tìm thấy hồ sơ có mã \"" + shown + "\". Vui lòng kiểm tra lại mã hồ sơ trên giấy tiếp nhận.");
    }
}
