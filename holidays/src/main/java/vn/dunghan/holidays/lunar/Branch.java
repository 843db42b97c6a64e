package vn.dunghan.holidays.lunar;

/**
 * The twelve earthly branches (chi) of the sexagenary cycle, in order from Tý, with the animals
 * of the Vietnamese zodiac (the Buffalo and the Cat where the Chinese has the Ox and the Rabbit).
 * <p>
 * This is an immutable, thread-safe enum.
 */
public enum Branch {
    /** Tý, the Rat. */
    TY("Tý", "Rat"),
    /** Sửu, the Buffalo. */
    SUU("Sửu", "Buffalo"),
    /** Dần, the Tiger. */
    DAN("Dần", "Tiger"),
    /** Mão, the Cat. */
    MAO("Mão", "Cat"),
    /** Thìn, the Dragon. */
    THIN("Thìn", "Dragon"),
    /** Tỵ, the Snake. */
    TI("Tỵ", "Snake"),
    /** Ngọ, the Horse. */
    NGO("Ngọ", "Horse"),
    /** Mùi, the Goat. */
    MUI("Mùi", "Goat"),
    /** Thân, the Monkey. */
    THAN("Thân", "Monkey"),
    /** Dậu, the Rooster. */
    DAU("Dậu", "Rooster"),
    /** Tuất, the Dog. */
    TUAT("Tuất", "Dog"),
    /** Hợi, the Pig. */
    HOI("Hợi", "Pig");

    private final String vietnameseName;
    private final String animal;

    Branch(String vietnameseName, String animal) {
        this.vietnameseName = vietnameseName;
        this.animal = animal;
    }

    /**
     * Gets the Vietnamese name, such as {@code Ngọ}.
     *
     * @return the name with diacritics, not null
     */
    public String getVietnameseName() {
        return vietnameseName;
    }

    /**
     * Gets the English name of the zodiac animal, such as {@code Horse}.
     *
     * @return the animal, not null
     */
    public String getAnimal() {
        return animal;
    }
}
