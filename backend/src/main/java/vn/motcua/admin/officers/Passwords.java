package vn.motcua.admin.officers;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import vn.motcua.admin.auth.PasswordHasher;
import vn.motcua.common.problem.ProblemException;

import java.security.SecureRandom;

/** Initial and reset passwords: given by the administrator (checked) or generated; hashed off the event loop. */
final class Passwords {
    static final int MIN_LENGTH = 10;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** The password to set: the given one if strong enough, else a fresh random one when none was given. */
    static String chooseOrGenerate(String given) {
        if (given == null || given.isBlank()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 14; i++) {
                sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            return sb.insert(RANDOM.nextInt(sb.length()), '@').toString();
        }
        if (given.length() < MIN_LENGTH || given.length() > 200) {
            throw ProblemException.badRequest("Mật khẩu cần từ " + MIN_LENGTH + " đến 200 ký tự.");
        }
        return given;
    }

    static Uni<String> hash(String password) {
        return Uni.createFrom().item(() -> PasswordHasher.hash(password)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
