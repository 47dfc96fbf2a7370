package vn.motcua.zalo.support;

import vn.motcua.support.Db;

/** Database state the tests against {@link FakeZalo} arrange the same way. */
public final class LiveZaloData {
    /** The stored OA token pair: valid for 20 hours, so that no test refreshes unless it means to. */
    public static final String OA_TOKEN = "oa-token-1";

    private LiveZaloData() {
    }

    public static void storeValidOaToken() {
        Db.execute("insert into zalo_token (access_token, refresh_token, access_expires_at) "
                + "values ('" + OA_TOKEN + "', 'refresh-1', now() + interval '20 hours')");
    }

    /** The retry ladder as the migration writes it (V31), after a test shortened it. */
    public static void restoreDefaultRetryLadder() {
        Db.execute("delete from notification_retry_delay");
        Db.execute("insert into notification_retry_delay (attempt, delay) values (1, '10 seconds'), (2, '1 minute'), "
                + "(3, '5 minutes'), (4, '30 minutes'), (5, '2 hours')");
    }
}
