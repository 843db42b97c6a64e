package vn.dunghan.holidays.lunar;

/**
 * The ten heavenly stems (can) of the sexagenary cycle, in order from Giáp.
 * <p>
 * This is an immutable, thread-safe enum.
 */
public enum Stem {
    /** Giáp, yang wood. */
    GIAP("Giáp", "Wood"),
    /** Ất, yin wood. */
    AT("Ất", "Wood"),
    /** Bính, yang fire. */
    BINH("Bính", "Fire"),
    /** Đinh, yin fire. */
    DINH("Đinh", "Fire"),
    /** Mậu, yang earth. */
    MAU("Mậu", "Earth"),
    /** Kỷ, yin earth. */
    KY("Kỷ", "Earth"),
    /** Canh, yang metal. */
    CANH("Canh", "Metal"),
    /** Tân, yin metal. */
    TAN("Tân", "Metal"),
    /** Nhâm, yang water. */
    NHAM("Nhâm", "Water"),
    /** Quý, yin water. */
    QUY("Quý", "Water");

    private final String vietnameseName;
    private final String element;

    Stem(String vietnameseName, String element) {
        this.vietnameseName = vietnameseName;
        this.element = element;
    }

    /**
     * Gets the Vietnamese name, such as {@code Bính}.
     *
     * @return the name with diacritics, not null
     */
    public String getVietnameseName() {
        return vietnameseName;
    }

    /**
     * Gets the English name of the stem's element, such as {@code Fire}.
     *
     * @return the element, not null
     */
    public String getElement() {
        return element;
    }
}
