package vn.dunghan.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Makes the key that links one applicant's dossiers ({@link Dossier#applicant()}) from what an
 * export says of the applicant, so that the identity itself is not kept or printed: SHA-256 of the
 * identity number when there is one (its letters and digits, upper case), else of the name (Unicode
 * NFC, lower case, single spaces), as 32 hexadecimal digits with the prefix {@code id:} or
 * {@code name:}. A name alone links people who share it, so {@link Refilings} links only
 * {@code id:} keys. The hash has no secret: since identity numbers are few enough to try them all,
 * a key can be turned back into its number, so keys are for linking within a run and are never
 * written out (neither results nor reports carry them).
 * <p>
 * This is a thread-safe utility class.
 */
public final class ApplicantKey {

    /** The prefix of a key made from a name alone. */
    public static final String NAME_PREFIX = "name:";

    private ApplicantKey() {
    }

    /**
     * Makes the key of an applicant.
     *
     * @param name  the applicant's name, null or blank if unknown
     * @param identityNumber  an identity number (CCCD, CMND, tax code), null or blank if unknown
     * @return the key, or null when both are unknown
     */
    public static String of(String name, String identityNumber) {
        String digits = identityNumber == null ? "" : identityNumber.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
        if (!digits.isEmpty()) {
            return "id:" + sha256(digits);
        }
        String plain = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return plain.isEmpty() ? null : NAME_PREFIX + sha256(plain);
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
        }
    }
}
