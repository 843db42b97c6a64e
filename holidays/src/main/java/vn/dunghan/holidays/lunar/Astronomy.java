package vn.dunghan.holidays.lunar;

/**
 * The astronomy behind the lunisolar calendar: instants of new moons and the apparent longitude
 * of the Sun, with the local civil day of an instant at a given meridian.
 * <p>
 * New moons follow Jean Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998), chapter 49, with
 * all 25 periodic terms and the 14 planetary corrections, good to well under a minute for the
 * modern era. The Sun's apparent longitude follows chapter 25 (mean longitude, equation of the
 * centre, nutation in longitude and aberration), good to about 0.01 degree, that is about 15
 * minutes in the instant of a solar term. Terrestrial Time is converted to Universal Time with the
 * polynomial expressions of ΔT by Espenak and Meeus (NASA, <i>Five Millennium Canon of Solar
 * Eclipses</i>, 2006).
 * <p>
 * All instants are Julian Ephemeris Days (TT) or Julian Days (UT), as doubles.
 * This class is package-private, stateless and thread-safe.
 */
final class Astronomy {

    /** The mean synodic month in days (Meeus 49.1). */
    static final double SYNODIC_MONTH = 29.530588861;
    /** Julian Day of the epoch day 0, 1970-01-01 at 00:00 UT, minus 0.5. */
    private static final double JD_UNIX_EPOCH = 2440587.5;

    private static final double[] PLANETARY_COEFFICIENTS = {
        0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060,
        0.000056, 0.000047, 0.000042, 0.000040, 0.000037, 0.000035, 0.000023,
    };
    private static final double[] PLANETARY_BASE = {
        299.77, 251.88, 251.83, 349.42, 84.66, 141.74, 207.14, 154.84, 34.52, 207.19, 291.34, 161.72, 239.56, 331.55,
    };
    private static final double[] PLANETARY_RATE = {
        0.107408, 0.016321, 26.651886, 36.412478, 18.206239, 53.303771, 2.453732,
        7.306860, 27.261239, 0.121824, 1.844379, 24.198154, 25.513099, 3.592518,
    };

    private Astronomy() {
    }

    /**
     * Computes the instant of the k-th new moon after the new moon of 2000-01-06 (Meeus ch. 49).
     *
     * @param k  the lunation number, 0 for 2000-01-06, negative before
     * @return the Julian Ephemeris Day (TT) of the true new moon
     */
    static double newMoonJde(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = Math.toRadians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = Math.toRadians(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = Math.toRadians(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = Math.toRadians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

        double correction = -0.40720 * Math.sin(mp)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m)
                - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f)
                - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m)
                - 0.00017 * Math.sin(omega)
                - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f)
                + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f)
                - 0.00002 * Math.sin(3 * mp + m)
                + 0.00002 * Math.sin(4 * mp);

        double planetary = 0;
        for (int i = 0; i < PLANETARY_COEFFICIENTS.length; i++) {
            double argument = PLANETARY_BASE[i] + PLANETARY_RATE[i] * k;
            if (i == 0) {
                argument -= 0.009173 * t2;
            }
            planetary += PLANETARY_COEFFICIENTS[i] * Math.sin(Math.toRadians(argument));
        }
        return jde + correction + planetary;
    }

    /**
     * Computes the apparent geocentric longitude of the Sun (Meeus ch. 25, with nutation in
     * longitude and aberration).
     *
     * @param jde  the Julian Ephemeris Day (TT)
     * @return the longitude in degrees, in [0, 360)
     */
    static double sunLongitude(double jde) {
        double t = (jde - 2451545.0) / 36525;
        double t2 = t * t;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t2;
        double m = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t2);
        double c = (1.914602 - 0.004817 * t - 0.000014 * t2) * Math.sin(m)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
                + 0.000289 * Math.sin(3 * m);
        double omega = Math.toRadians(125.04 - 1934.136 * t);
        double apparent = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
        apparent %= 360;
        return apparent < 0 ? apparent + 360 : apparent;
    }

    /**
     * Estimates ΔT = TT − UT in seconds with the polynomials of Espenak and Meeus.
     *
     * @param decimalYear  the year with fraction, such as 2026.5
     * @return ΔT in seconds
     */
    static double deltaT(double decimalYear) {
        double y = decimalYear;
        if (y < 1860) {
            double u = (y - 1820) / 100;
            return -20 + 32 * u * u;
        }
        if (y < 1900) {
            double t = y - 1860;
            return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t * t * t
                    - 0.0004473624 * Math.pow(t, 4) + Math.pow(t, 5) / 233174;
        }
        if (y < 1920) {
            double t = y - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * Math.pow(t, 4);
        }
        if (y < 1941) {
            double t = y - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        }
        if (y < 1961) {
            double t = y - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }
        if (y < 1986) {
            double t = y - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }
        if (y < 2005) {
            double t = y - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
                    + 0.000651814 * Math.pow(t, 4) + 0.00002373599 * Math.pow(t, 5);
        }
        if (y < 2050) {
            double t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (y - 1820) / 100;
        if (y < 2150) {
            return -20 + 32 * u * u - 0.5628 * (2150 - y);
        }
        return -20 + 32 * u * u;
    }

    /**
     * Converts a Julian Ephemeris Day (TT) to a Julian Day (UT).
     *
     * @param jde  the instant in TT
     * @return the instant in UT
     */
    static double toUniversalTime(double jde) {
        double decimalYear = 2000 + (jde - 2451545.0) / 365.25;
        return jde - deltaT(decimalYear) / 86400;
    }

    /**
     * Converts a Julian Ephemeris Day (TT) to the epoch day of the local civil date at a fixed
     * offset from UT.
     *
     * @param jde  the instant in TT
     * @param offsetHours  the offset of local time from UT in hours, 7 for Vietnam
     * @return the epoch day (days since 1970-01-01) of the local date
     */
    static long localEpochDay(double jde, double offsetHours) {
        return (long) Math.floor(toUniversalTime(jde) - JD_UNIX_EPOCH + offsetHours / 24);
    }

    /**
     * Computes the Sun's apparent longitude at local midnight at the start of a local date.
     *
     * @param epochDay  the local date as an epoch day
     * @param offsetHours  the offset of local time from UT in hours
     * @return the longitude in degrees, in [0, 360)
     */
    static double sunLongitudeAtLocalMidnight(long epochDay, double offsetHours) {
        double jdUt = epochDay + JD_UNIX_EPOCH - offsetHours / 24;
        double decimalYear = 2000 + (jdUt - 2451545.0) / 365.25;
        return sunLongitude(jdUt + deltaT(decimalYear) / 86400);
    }
}
