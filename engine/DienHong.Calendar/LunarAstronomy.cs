namespace DienHong.Calendar;

/// <summary>
/// The astronomy behind the lunar calendar (âm lịch): new moons and the sun's longitude, reduced to calendar days
/// at a given meridian. Formulae from Meeus (new moon series with ΔT, low-precision solar longitude), the same
/// accuracy the published Vietnamese tables (Hồ Ngọc Đức) use, so edge days agree with them.
/// </summary>
internal static class LunarAstronomy
{
    /// <summary>Julian day number of 0001-01-01 (proleptic Gregorian), the origin of <see cref="DateOnly.DayNumber"/>.</summary>
    private const int JulianDayOfDayNumberZero = 1721426;

    /// <summary>Mean synodic month in days.</summary>
    private const double SynodicMonth = 29.530588853;

    /// <summary>Julian day of the mean new moon that lunation 0 is counted from (early January 1900).</summary>
    private const double Lunation0 = 2415021.076998695;

    private const double Radians = Math.PI / 180;

    public static int JulianDayNumber(DateOnly date) => date.DayNumber + JulianDayOfDayNumberZero;

    public static DateOnly FromJulianDayNumber(int jdn) => DateOnly.FromDayNumber(jdn - JulianDayOfDayNumberZero);

    /// <summary>The local calendar day (as a Julian day number) on which new moon <paramref name="k"/> falls.</summary>
    public static int NewMoonDay(int k, double utcOffsetHours) =>
        (int)Math.Floor(NewMoon(k) + 0.5 + (utcOffsetHours / 24));

    /// <summary>The lunation whose new-moon day is on or before <paramref name="jdn"/>, with the next one after it.</summary>
    public static int LunationOnOrBefore(int jdn, double utcOffsetHours)
    {
        var k = (int)Math.Floor((jdn - Lunation0) / SynodicMonth);

        // The mean-month estimate can be a day or so off the true new moon: settle it against the real days.
        while (NewMoonDay(k, utcOffsetHours) > jdn)
        {
            k--;
        }

        while (NewMoonDay(k + 1, utcOffsetHours) <= jdn)
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// Which 30° sector (0-11) of the ecliptic the sun is in at local midnight starting the day. A major solar term
    /// (trung khí) is a sector boundary, so a month whose first and next-first days share a sector has none.
    /// </summary>
    public static int SunSector(int jdn, double utcOffsetHours)
    {
        var localMidnight = jdn - 0.5 - (utcOffsetHours / 24);
        return (int)Math.Floor(SunLongitude(localMidnight) / 30);
    }

    /// <summary>Julian day (UT) of the k-th new moon counted from January 1900.</summary>
    public static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var mean = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3)
            + (0.00033 * Sin(166.56 + (132.87 * t) - (0.009173 * t2)));
        var sunAnomaly = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        var moonAnomaly = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        var latitude = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);

        // Periodic terms for the true (not mean) conjunction.
        var correction = ((0.1734 - (0.000393 * t)) * Sin(sunAnomaly)) + (0.0021 * Sin(2 * sunAnomaly))
            - (0.4068 * Sin(moonAnomaly)) + (0.0161 * Sin(2 * moonAnomaly)) - (0.0004 * Sin(3 * moonAnomaly))
            + (0.0104 * Sin(2 * latitude)) - (0.0051 * Sin(sunAnomaly + moonAnomaly))
            - (0.0074 * Sin(sunAnomaly - moonAnomaly)) + (0.0004 * Sin((2 * latitude) + sunAnomaly))
            - (0.0004 * Sin((2 * latitude) - sunAnomaly)) - (0.0006 * Sin((2 * latitude) + moonAnomaly))
            + (0.0010 * Sin((2 * latitude) - moonAnomaly)) + (0.0005 * Sin((2 * moonAnomaly) + sunAnomaly));

        // The series gives dynamical time; ΔT brings it back to universal time, which the day boundary is in.
        // This is the ΔT fit for years after 1100 (t >= -11); the calendar is only computed for 1800-2199.
        var deltaT = -0.000278 + (0.000265 * t) + (0.000262 * t2);
        return mean + correction - deltaT;
    }

    /// <summary>The sun's apparent longitude in degrees [0, 360) at Julian day <paramref name="jd"/>.</summary>
    public static double SunLongitude(double jd)
    {
        var t = (jd - 2451545.0) / 36525;
        var t2 = t * t;
        var meanAnomaly = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t2 * t);
        var meanLongitude = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var centre = ((1.914600 - (0.004817 * t) - (0.000014 * t2)) * Sin(meanAnomaly))
            + ((0.019993 - (0.000101 * t)) * Sin(2 * meanAnomaly)) + (0.000290 * Sin(3 * meanAnomaly));
        var longitude = (meanLongitude + centre) % 360;
        return longitude < 0 ? longitude + 360 : longitude;
    }

    private static double Sin(double degrees) => Math.Sin(degrees * Radians);
}
