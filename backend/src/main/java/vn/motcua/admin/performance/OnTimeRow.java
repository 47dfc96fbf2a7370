package vn.motcua.admin.performance;

/**
 * Dossiers of one agency counted in one month (yyyy-MM), split as Decision 766 counts them: those that ended
 * processing that month, and in the period's last month those still in progress at its end ({@code inProgress} of
 * them, counted as on time while not late yet, else late).
 */
public record OnTimeRow(String agencyName, String month, long early, long onTime, long late, long inProgress) {

    public OnTimeRow(String agencyName, String month, long early, long onTime, long late) {
        this(agencyName, month, early, onTime, late, 0);
    }

    public long total() {
        return early + onTime + late;
    }

    /** Early and on time over all counted; 0 when none was counted. */
    public double onTimeRate() {
        return total() == 0 ? 0 : (double) (early + onTime) / total();
    }

    OnTimeRow plus(OnTimeRule.Verdict verdict, boolean stillInProgress) {
        return new OnTimeRow(agencyName, month, early + (verdict == OnTimeRule.Verdict.EARLY ? 1 : 0),
                onTime + (verdict == OnTimeRule.Verdict.ON_TIME ? 1 : 0), late + (verdict == OnTimeRule.Verdict.LATE ? 1 : 0),
                inProgress + (stillInProgress ? 1 : 0));
    }
}
