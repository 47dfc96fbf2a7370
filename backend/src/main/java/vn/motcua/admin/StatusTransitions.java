package vn.motcua.admin;

import vn.motcua.dossier.DossierStatus;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static vn.motcua.dossier.DossierStatus.*;

/** Which national status may follow which, for officers' actions (refused, stopped and returned are final). */
public final class StatusTransitions {
    private static final Map<DossierStatus, Set<DossierStatus>> NEXT = Map.of(
            SUBMITTED, EnumSet.of(ACCEPTED, REFUSED),
            ACCEPTED, EnumSet.of(PROCESSING, SUPPLEMENT_REQUIRED, PAYMENT_REQUIRED, WITHDRAWAL_REQUESTED, STOPPED),
            PROCESSING, EnumSet.of(SUPPLEMENT_REQUIRED, PAYMENT_REQUIRED, RESULT_READY, WITHDRAWAL_REQUESTED, STOPPED),
            SUPPLEMENT_REQUIRED, EnumSet.of(PROCESSING, WITHDRAWAL_REQUESTED, STOPPED),
            PAYMENT_REQUIRED, EnumSet.of(PROCESSING, RESULT_READY, WITHDRAWAL_REQUESTED, STOPPED),
            WITHDRAWAL_REQUESTED, EnumSet.of(STOPPED),
            RESULT_READY, EnumSet.of(RETURNED));

    private StatusTransitions() {
    }

    public static Set<DossierStatus> next(DossierStatus current) {
        return NEXT.getOrDefault(current, EnumSet.noneOf(DossierStatus.class));
    }

    public static boolean allowed(DossierStatus from, DossierStatus to) {
        return next(from).contains(to);
    }
}
