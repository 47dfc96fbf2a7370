package vn.motcua.admin.performance;

/** Dossiers of one agency finished in one month (yyyy-MM), split as Decision 766 counts them. */
public record OnTimeRow(String agencyName, String month, long early, long onTime, long late) {

    public long total() {
        return early + onTime + late;
    }

    /** Early and on time over all finished; 0 when none finished. */
    public double onTimeRate() {
        return total() == 0 ? 0 : (double) (early + onTime) / total();
    }
}
