package vn.motcua.zalo.bot;

import java.util.List;

/** An intent and the dossier codes found in the message (normalised, in order, without repeats). */
public record ParsedMessage(Intent intent, List<String> codes) {
    public ParsedMessage {
        codes = List.copyOf(codes);
    }
}
