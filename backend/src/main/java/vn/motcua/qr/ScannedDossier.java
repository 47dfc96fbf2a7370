package vn.motcua.qr;

import java.util.Optional;

/**
 * What a scanned receipt QR points at.
 *
 * @param code  the dossier code as found (trimmed, percent-decoded, otherwise untouched:
 *              the backend normalises case and spacing itself)
 * @param token the access token from the {@code t} parameter, or null when the QR had none
 */
public record ScannedDossier(String code, String token) {

    public ScannedDossier {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("dossier code must not be blank");
        }
        if (token != null && token.isEmpty()) {
            token = null;
        }
    }

    public Optional<String> optionalToken() {
        return Optional.ofNullable(token);
    }
}
