package vn.dunghan.holidays.lunar;

/**
 * Measures how close to local midnight the new moon that starts a month falls, to tell a genuine
 * disagreement from one that lies within the error of any astronomical model.
 */
final class NearMidnight {

    /** New moons closer to local midnight than this may fall on either day in different sources. */
    static final double TOLERANCE_MINUTES = 10;

    private NearMidnight() {
    }

    /**
     * Gets the distance in minutes between local midnight and the new moon nearest to an epoch day
     * that starts, or almost starts, a month.
     */
    static double minutesFromMidnight(long epochDay, double offsetHours) {
        int k = (int) Math.round((epochDay - 10962) / Astronomy.SYNODIC_MONTH);
        double best = Double.MAX_VALUE;
        for (int j = k - 1; j <= k + 1; j++) {
            double local = Astronomy.toUniversalTime(Astronomy.newMoonJde(j)) - 2440587.5 + offsetHours / 24;
            // distance to the midnight at the start of epochDay or at its end
            double minutes = Math.min(Math.abs(local - epochDay), Math.abs(local - (epochDay + 1))) * 1440;
            best = Math.min(best, minutes);
        }
        return best;
    }

    static boolean isNearMidnight(long epochDay, double offsetHours) {
        return minutesFromMidnight(epochDay, offsetHours) < TOLERANCE_MINUTES;
    }
}
