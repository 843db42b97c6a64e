package vn.dunghan.json;

import java.util.Arrays;
import java.util.Locale;

import tools.jackson.core.JsonParser;

/**
 * The constants of an enum found by the parser's current string, compared as characters in the
 * parser's buffer, so that the name written by {@link DossierJson#write} costs no string and no
 * hash. Any other spelling is looked up again in any case, as the tree reader accepts it
 * ({@link DocumentNode#enumValue}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param <E>  the enum
 */
final class EnumNames<E extends Enum<E>> {

    private final Class<E> type;
    private final E[] constants;
    private final char[][] names;

    private EnumNames(Class<E> type) {
        this.type = type;
        this.constants = type.getEnumConstants();
        this.names = new char[constants.length][];
        for (int i = 0; i < constants.length; i++) {
            names[i] = constants[i].name().toCharArray();
        }
    }

    /**
     * Obtains the names of an enum's constants.
     *
     * @param <E>  the enum
     * @param type  the enum's class, not null
     * @return the names, not null
     */
    static <E extends Enum<E>> EnumNames<E> of(Class<E> type) {
        return new EnumNames<>(type);
    }

    /**
     * Finds the constant named by the parser's current string.
     *
     * @param parser  the parser, at a string value, not null
     * @return the constant, not null
     * @throws IllegalArgumentException if no constant has that name in any case
     */
    E find(JsonParser parser) {
        char[] chars = parser.getStringCharacters();
        int from = parser.getStringOffset();
        int to = from + parser.getStringLength();
        for (int i = 0; i < names.length; i++) {
            char[] name = names[i];
            if (name.length == to - from && Arrays.equals(name, 0, name.length, chars, from, to)) {
                return constants[i];
            }
        }
        return Enum.valueOf(type, parser.getString().toUpperCase(Locale.ROOT));
    }
}
