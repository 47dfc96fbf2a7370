package vn.motcua.common;

/** Configured base URLs (the public base URL, Zalo's hosts), ready for a path to be appended. */
public final class BaseUrls {
    private BaseUrls() {
    }

    /** The URL without surrounding blanks and without one trailing slash: "https://a.vn/" + "/x" would double it. */
    public static String withoutTrailingSlash(String url) {
        String u = url.strip();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
