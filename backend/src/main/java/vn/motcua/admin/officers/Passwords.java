package vn.motcua.admin.officers;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import vn.motcua.admin.auth.PasswordHasher;
import vn.motcua.admin.auth.PasswordPolicy;
import vn.motcua.common.problem.ProblemException;

import java.security.SecureRandom;

/** Initial and reset passwords: given by the administrator (checked) or generated; hashed off the event loop. */
final class Passwords {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** The password to set: the given one if strong enough, else a fresh random one when none was given. */
    static String chooseOrGenerate(String given, String username) {
        if (given == null || given.isBlank()) {
            StringBuilder sb = new StringBuilder();
            // 14 letters and digits plus one '@': always three classes or more, well above the policy's length
            for (int i = 0; i < 14; i++) {
                sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            return sb.insert(RANDOM.nextInt(sb.length()), '@').toString();
        }
        PasswordPolicy.problem(given, username).ifPresent(problem -> {
            throw ProblemException.badRequest(problem);
        });
        return given;
    }

    static Uni<String> hash(String password) {
        return Uni.createFrom().item(() -> PasswordHasher.hash(password)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
