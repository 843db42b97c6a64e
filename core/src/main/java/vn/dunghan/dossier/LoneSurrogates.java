package vn.dunghan.dossier;

/**
 * Finds and writes out lone surrogates: halves of a UTF-16 pair without the other half (such as a
 * JSON escape {@code \}{@code ud800} alone), which no UTF-8 text can hold and which an encoder
 * would replace with {@code ?}. Dossier validation rejects them; error records write them as
 * {@code \}{@code uD800}.
 * <p>
 * This is a thread-safe utility class.
 */
public final class LoneSurrogates {

    private LoneSurrogates() {
    }

    /**
     * Finds the first lone surrogate of a text.
     *
     * @param text  the text, not null
     * @param from  where to start, not inside a pair
     * @return its index, or -1 if there is none
     */
    public static int find(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Writes every lone surrogate of a text as its escape, such as {@code \}{@code uD800}.
     *
     * @param text  the text, not null
     * @return the text, itself when it holds none, not null
     */
    public static String escape(String text) {
        int at = find(text, 0);
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int from = 0;
        for (; at >= 0; at = find(text, from)) {
            out.append(text, from, at).append(String.format("\\u%04X", (int) text.charAt(at)));
            from = at + 1;
        }
        return out.append(text, from, text.length()).toString();
    }
}
