package vn.motcua.admin.performance;

import vn.motcua.common.VietnamTime;

import java.time.OffsetDateTime;
import java.time.YearMonth;

/** The months {@code from} to {@code to}, both included, as Vietnam times: [start of from, start of the month after to). */
record ReportPeriod(OffsetDateTime start, OffsetDateTime end) {
    static ReportPeriod of(YearMonth from, YearMonth to) {
        return new ReportPeriod(startOf(from), startOf(to.plusMonths(1)));
    }

    private static OffsetDateTime startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay().atOffset(VietnamTime.OFFSET);
    }
}
