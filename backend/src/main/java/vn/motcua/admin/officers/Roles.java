package vn.motcua.admin.officers;

import vn.motcua.admin.auth.Officer;
import vn.motcua.common.problem.ProblemException;

import java.util.List;

/** The three nested roles and their Vietnamese names. */
public final class Roles {
    public static final List<String> ALL = List.of(Officer.OFFICER, Officer.SUPERVISOR, Officer.ADMINISTRATOR);

    private Roles() {
    }

    public static String label(String role) {
        return switch (role) {
            case Officer.OFFICER -> "Cán bộ";
            case Officer.SUPERVISOR -> "Lãnh đạo, giám sát";
            case Officer.ADMINISTRATOR -> "Quản trị hệ thống";
            default -> role;
        };
    }

    public static String valid(String role) {
        if (role == null || !ALL.contains(role.strip())) {
            throw ProblemException.badRequest("Vai trò không hợp lệ.");
        }
        return role.strip();
    }
}
