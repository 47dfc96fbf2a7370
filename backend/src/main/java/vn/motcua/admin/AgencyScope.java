package vn.motcua.admin;

/**
 * The agency subtree an officer works in: their agency, its descendants, and the agencies merged into any of
 * them (the 2025 reorganisation). Queries start with {@link #SCOPE} (the officer's agency id as $1) and filter
 * with {@code in (select id from scope)}.
 */
public final class AgencyScope {
    public static final String SCOPE = """
            with recursive scope(id) as (
                select $1::bigint
                union
                select a.id from agency a join scope s on a.parent_id = s.id or a.replaced_by_id = s.id
            )""";

    private AgencyScope() {
    }
}
