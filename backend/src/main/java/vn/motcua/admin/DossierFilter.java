package vn.motcua.admin;

/** What an officer searches dossiers by; null means "any". */
public record DossierFilter(String code, String name, String phone, Integer status, Boolean overdue) {
}
