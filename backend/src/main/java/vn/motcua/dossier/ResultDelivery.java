package vn.motcua.dossier;

/** How the result is handed over (national field HinhThuc: 0 at the desk, 1 by post). */
public enum ResultDelivery {
    DESK, POST;

    public String wire() {
        return name().toLowerCase();
    }

    public static ResultDelivery fromWire(String value) {
        return value == null ? null : valueOf(value.trim().toUpperCase());
    }
}
