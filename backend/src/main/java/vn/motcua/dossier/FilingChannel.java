package vn.motcua.dossier;

/** How the dossier was filed (national field KenhThucHien: 1 in person, 2 online, 3 postal). */
public enum FilingChannel {
    DESK, ONLINE, POST;

    public String wire() {
        return name().toLowerCase();
    }

    public static FilingChannel fromWire(String value) {
        return value == null ? null : valueOf(value.trim().toUpperCase());
    }
}
