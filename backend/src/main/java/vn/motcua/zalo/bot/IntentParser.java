package vn.motcua.zalo.bot;

import vn.motcua.announcement.AnnouncementCategory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Understands Vietnamese citizen messages, typed with or without diacritics, in any case, with polite words and
 * small typos in the command words. Pure Java: the table-driven test runs it without the application.
 */
public final class IntentParser {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private static final List<String> UNSUBSCRIBE = List.of("huy theo doi", "huy dang ky", "huy dang ki",
            "ngung theo doi", "bo theo doi", "dung theo doi", "thoi theo doi", "huy nhan tin", "ngung nhan tin",
            "huy thong bao", "tat thong bao", "unsubscribe", "huy td");
    private static final List<String> SUBSCRIBE = List.of("theo doi", "dang ky", "dang ki", "nhan thong bao",
            "bao cho toi", "bao cho em", "subscribe", "td");
    private static final List<String> LOOKUP = List.of("tra cuu", "tracuu", "tc", "kiem tra", "xem", "tim",
            "tra", "check");
    private static final List<String> MY_DOSSIERS = List.of("ho so cua toi", "ho so cua em", "ho so cua minh",
            "ho so cua tui", "hs cua toi", "hs cua em", "hs cua minh", "danh sach ho so", "cac ho so cua",
            "ho so toi da nop", "ho so em da nop", "ho so da nop", "my dossiers");
    private static final List<String> MENU = List.of("huong dan", "menu", "help", "tro giup", "chuc nang",
            "bat dau", "start", "su dung the nao", "dung the nao");
    private static final List<String> NEWS = List.of("tin tuc", "ban tin", "tin moi", "news", "thong bao moi",
            "thong bao chung", "xem thong bao", "cac thong bao");
    private static final List<String> BUSINESS_NEWS = List.of("doanh nghiep", "dau tu", "kinh doanh", "ho tro");
    private static final List<String> PROCEDURE_NEWS = List.of("thu tuc", "hanh chinh");
    private static final List<String> NEWS_WORDS = concat(NEWS, BUSINESS_NEWS, PROCEDURE_NEWS, List.of("chung"));
    private static final List<String> STOP_WORDS = List.of("huy", "ngung", "tat", "dung", "thoi", "bo");
    private static final List<String> NEWS_CORE = List.of("nhan tin", "ban tin", "tin tuc", "dang ky tin");
    private static final List<String> NEWS_OPT = concat(List.of("nhan tin", "nhan ban tin", "dang ky nhan tin",
            "dang ky tin", "dang ky ban tin", "nhan tin tuc"), STOP_WORDS);
    private static final List<String> NEWS_OPT_WORDS = concat(NEWS_OPT, NEWS_WORDS, List.of("nhan", "tin", "ban tin",
            "thong bao", "dang ky", "tu dong", "qua zalo", "zalo", "ve", "nua"));
    private static final List<String> GREETING = List.of("xin chao", "chao", "hello", "hi", "alo", "helo",
            "good morning");
    private static final List<String> THANKS = List.of("cam on", "thanks", "thank you", "tks", "thank",
            "camon");
    /** Words that carry no request: politeness, pronouns and the words around a code. */
    private static final Set<String> FILLER = Set.copyOf(List.of("a", "da", "vang", "em", "anh", "chi", "ban", "minh",
            "toi", "tui", "cho", "hoi", "voi", "nhe", "nha", "nhen", "giup", "xin", "vui", "long", "lam", "on",
            "ad", "admin", "oi", "ho", "so", "hs", "ma", "cua", "den", "dau", "roi", "the", "nao", "sao", "can",
            "muon", "duoc", "khong", "ko", "k", "ak", "ah", "nhieu", "lai", "giup", "dum", "ho", "e", "mk",
            "co", "gi", "moi", "nay", "do", "nhi", "nua", "di", "luon", "rat", "ca", "cac", "va", "oa", "bot",
            "uy", "ban", "nhan", "dan", "xa", "tinh", "buoi", "sang", "chieu", "toi", "qua", "tiep", "o", "day",
            "la", "ai", "mot", "cai"));

    public ParsedMessage parse(String message) {
        String text = message == null ? "" : Normalizer.normalize(message, Normalizer.Form.NFC).strip();
        CodeFinder.Found found = CodeFinder.find(text);
        List<String> codes = found.codes();
        List<String> words = words(fold(found.rest()));
        if (!codes.isEmpty()) {
            // "đăng ký" and a bare "hủy" are commands only at the start: "hồ sơ đăng ký đất đai ..." is a lookup
            if (contains(words, UNSUBSCRIBE) || startsWith(words, List.of("huy", "ngung", "bo"))) {
                return new ParsedMessage(Intent.UNSUBSCRIBE, codes);
            }
            if (contains(words, List.of("theo doi", "nhan thong bao", "bao cho toi", "bao cho em", "td"))
                    || (startsWith(words, List.of("dang ky", "dang ki", "subscribe"))
                    && nothingElse(words, List.of("dang ky", "dang ki", "subscribe", "nhan tin", "thong bao")))) {
                return new ParsedMessage(Intent.SUBSCRIBE, codes);
            }
            return new ParsedMessage(Intent.LOOKUP, codes);
        }
        if (words.isEmpty()) {
            return new ParsedMessage(Intent.MENU, codes);
        }
        if (contains(words, MY_DOSSIERS) && shortAfter(words, MY_DOSSIERS)) {
            return new ParsedMessage(Intent.MY_DOSSIERS, codes);
        }
        ParsedMessage news = newsChoice(words);
        if (news != null) {
            return news;
        }
        if (contains(words, UNSUBSCRIBE) && shortAfter(words, UNSUBSCRIBE)) {
            return new ParsedMessage(Intent.UNSUBSCRIBE, codes);
        }
        if (contains(words, List.of("theo doi", "dang ky theo doi")) && shortAfter(words, SUBSCRIBE)) {
            return new ParsedMessage(Intent.SUBSCRIBE, codes);
        }
        if (contains(words, NEWS) && shortAfter(words, NEWS_WORDS)) {
            return new ParsedMessage(Intent.NEWS, codes);
        }
        if (contains(words, List.of("tra cuu", "tracuu", "kiem tra", "tc")) && shortAfter(words, LOOKUP)) {
            return new ParsedMessage(Intent.LOOKUP, codes);
        }
        if (contains(words, MENU) && shortAfter(words, MENU)) {
            return new ParsedMessage(Intent.MENU, codes);
        }
        if (contains(words, THANKS) && shortAfter(words, THANKS)) {
            return new ParsedMessage(Intent.THANKS, codes);
        }
        if (contains(words, GREETING) && shortAfter(words, GREETING)) {
            return new ParsedMessage(Intent.GREETING, codes);
        }
        return new ParsedMessage(Intent.HUMAN, codes);
    }

    /**
     * "nhận tin thủ tục", "đăng ký nhận tin", "hủy nhận tin doanh nghiệp": the whole message is the command (a
     * citizen telling "em đã nhắn tin mà chưa ai trả lời" is not opting in to anything).
     */
    private static ParsedMessage newsChoice(List<String> words) {
        boolean command = beginsWith(words, NEWS_OPT) && contains(words, NEWS_CORE) && nothingElse(words, NEWS_OPT_WORDS);
        boolean withCategory = beginsWith(words, List.of("nhan thong bao", "dang ky thong bao"))
                && contains(words, concat(BUSINESS_NEWS, PROCEDURE_NEWS, List.of("thong bao chung", "tin chung")))
                && nothingElse(words, NEWS_OPT_WORDS);
        if (!command && !withCategory) {
            return null;
        }
        boolean stop = beginsWith(words, STOP_WORDS);
        return new ParsedMessage(stop ? Intent.NEWS_OPT_OUT : Intent.NEWS_OPT_IN, List.of());
    }

    /** Polite words a command may start with ("cho em ...", "xin ..."); FILLER is wider ("nhận" is filler there). */
    private static final Set<String> LEADING = Set.of("cho", "em", "toi", "tui", "minh", "xin", "a", "da", "vang",
            "ad", "oi", "anh", "chi", "ban", "muon", "vui", "long", "giup", "dum", "e", "mk");

    /** Whether the message, after the polite words it starts with, starts with one of the phrases. */
    private static boolean beginsWith(List<String> words, List<String> phrases) {
        int first = 0;
        while (first < words.size() && LEADING.contains(words.get(first))) {
            first++;
        }
        List<String> rest = words.subList(first, words.size());
        return phrases.stream().map(phrase -> find(rest, phrase)).anyMatch(at -> at != null && at[0] == 0);
    }

    /** Which news a "tin tức" message asks for: "tin tức doanh nghiệp", "tin thủ tục"...; null for all of them. */
    public AnnouncementCategory newsCategory(String message) {
        List<String> words = words(fold(message == null ? "" : message));
        if (contains(words, BUSINESS_NEWS)) {
            return AnnouncementCategory.BUSINESS;
        }
        if (contains(words, PROCEDURE_NEWS)) {
            return AnnouncementCategory.PROCEDURES;
        }
        return contains(words, List.of("thong bao chung", "tin chung")) ? AnnouncementCategory.GENERAL : null;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toList();
    }

    /** Lower case, no diacritics, đ as d: how citizens type without a Vietnamese keyboard. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
    }

    private static List<String> words(String folded) {
        return Arrays.stream(NOT_WORD.split(folded)).filter(w -> !w.isEmpty()).toList();
    }

    /** Whether a phrase occurs as consecutive words, allowing one typo in phrases of five letters or more. */
    static boolean contains(List<String> words, List<String> phrases) {
        return phrases.stream().anyMatch(phrase -> find(words, phrase) != null);
    }

    /** Whether the first word that is not filler starts one of the phrases. */
    private static boolean startsWith(List<String> words, List<String> phrases) {
        int first = 0;
        while (first < words.size() && FILLER.contains(words.get(first))) {
            first++;
        }
        List<String> rest = words.subList(first, words.size());
        return phrases.stream().map(phrase -> find(rest, phrase)).anyMatch(at -> at != null && at[0] == 0);
    }

    /** Start and length (in words) of the first occurrence of the phrase, or null. */
    private static int[] find(List<String> words, String phrase) {
        String target = phrase.replace(" ", "");
        int phraseWords = phrase.split(" ").length;
        for (int size = Math.max(1, phraseWords - 1); size <= phraseWords + 1; size++) {
            for (int start = 0; start + size <= words.size(); start++) {
                String joined = String.join("", words.subList(start, start + size));
                int allowed = target.length() >= 5 ? 1 : 0;
                if (joined.equals(target) || (allowed > 0 && Math.abs(joined.length() - target.length()) <= 1
                        && distance(joined, target) <= allowed)) {
                    return new int[]{start, size};
                }
            }
        }
        return null;
    }

    /** True when, besides the command and filler words, at most two words remain: a command, not a question. */
    private static boolean shortAfter(List<String> words, List<String> phrases) {
        return remaining(words, phrases) <= 2;
    }

    private static boolean nothingElse(List<String> words, List<String> phrases) {
        return remaining(words, phrases) == 0;
    }

    private static int remaining(List<String> words, List<String> phrases) {
        List<String> rest = new ArrayList<>(words);
        for (String phrase : phrases) {
            for (int[] at = find(rest, phrase); at != null; at = find(rest, phrase)) {
                rest.subList(at[0], at[0] + at[1]).clear();
            }
        }
        rest.removeIf(FILLER::contains);
        return rest.size();
    }

    /** Levenshtein distance, for the short command words only. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
