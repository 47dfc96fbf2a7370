package vn.motcua.support;

/**
 * The province of the scope tests: Lâm Đồng (the root) with two communes, Hàm Thuận Bắc (A) and Phan Thiết (B),
 * and integration keys bound to one of them.
 */
public final class Scopes {
    public static final String PROVINCE = "000.00.00.H36";
    public static final String COMMUNE_A = "000.12.00.H36";
    public static final String COMMUNE_B = "000.10.00.H36";

    private Scopes() {
    }

    /** Inserts the province and its two communes (after {@link Db#reset()}). */
    public static void twoCommunes() {
        Db.execute("insert into agency(code, name) values ('" + PROVINCE + "', 'UBND tỉnh Lâm Đồng')");
        Db.execute("insert into agency(code, name, parent_id) select v.code, v.name, p.id from agency p, (values "
                + "('" + COMMUNE_A + "', 'UBND xã Hàm Thuận Bắc'), ('" + COMMUNE_B + "', 'UBND phường Phan Thiết')) "
                + "v(code, name) where p.code = '" + PROVINCE + "'");
    }

    /** An integration key of {@code source} bound to the subtree of {@code agencyCode}, stored hashed as the admin does. */
    public static void key(String key, String source, String agencyCode) {
        Db.execute("insert into api_key(source_system, key_hash, key_prefix, agency_id) select '" + source
                + "', encode(sha256(convert_to('" + key + "', 'UTF8')), 'hex'), '" + key.substring(0, 10) + "', id "
                + "from agency where code = '" + agencyCode + "'");
    }
}
