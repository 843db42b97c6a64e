package vn.dunghan.holidays;

/**
 * The occasions of Vietnam's public holidays.
 * <p>
 * Statutory basis: Labour Code 2019, Art. 112(1) (New Year, Tết, 30/4, 1/5, National Day, Hùng
 * Kings), before it Labour Code 2012, Art. 115 and Labour Code 1994, Art. 73 as amended by Law
 * 84/2007/QH11 (which added the Hùng Kings' day); Vietnam Culture Day by National Assembly
 * Resolution 28/2026/QH16, Art. 2 (known from secondary sources only, grade S).
 * <p>
 * This is an immutable, thread-safe enum.
 */
public enum Occasion {
    /** Tết Dương lịch, 1 January. */
    NEW_YEAR("Tết Dương lịch", "New Year's Day"),
    /** Tết Nguyên đán, the lunar new year: 4 days until 2013, 5 days from 2014. */
    TET("Tết Nguyên đán", "Lunar New Year (Tết)"),
    /** Giỗ Tổ Hùng Vương, 10/3 lunar, a holiday since 2007. */
    HUNG_KINGS("Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration"),
    /** Ngày Chiến thắng, 30 April. */
    REUNIFICATION_DAY("Ngày Chiến thắng", "Reunification Day"),
    /** Ngày Quốc tế Lao động, 1 May. */
    LABOUR_DAY("Ngày Quốc tế Lao động", "International Labour Day"),
    /** Quốc khánh, 2 September, with an adjacent day from 2021. */
    NATIONAL_DAY("Quốc khánh", "National Day"),
    /** Ngày Văn hóa Việt Nam, 24 November, a day off from 2026 (grade S). */
    CULTURE_DAY("Ngày Văn hóa Việt Nam", "Vietnam Culture Day");

    private final String vietnameseName;
    private final String englishName;

    Occasion(String vietnameseName, String englishName) {
        this.vietnameseName = vietnameseName;
        this.englishName = englishName;
    }

    /**
     * Gets the Vietnamese name.
     *
     * @return the name with diacritics, not null
     */
    public String getVietnameseName() {
        return vietnameseName;
    }

    /**
     * Gets the English name.
     *
     * @return the name, not null
     */
    public String getEnglishName() {
        return englishName;
    }
}
