namespace DienHong.Calendar;

/// <summary>The bilingual reasons (lý do nghỉ) for Vietnam's public holidays (ngày lễ, Tết), as shown in deadline explanations.</summary>
public static class VietnamHolidayNames
{
    public static readonly LocalizedText NewYearsDay = new("Tết Dương lịch", "New Year's Day");

    public static readonly LocalizedText LunarNewYear = new("Tết Nguyên đán", "Lunar New Year (Tết)");

    public static readonly LocalizedText HungKings = new("Giỗ Tổ Hùng Vương", "Hung Kings' Commemoration");

    public static readonly LocalizedText VictoryDay = new("Ngày Chiến thắng", "Reunification Day");

    public static readonly LocalizedText LabourDay = new("Ngày Quốc tế lao động", "International Labour Day");

    public static readonly LocalizedText NationalDay = new("Quốc khánh", "National Day");

    public static readonly LocalizedText NationalDayAdjacent = new("Quốc khánh (ngày liền kề)", "National Day (adjacent day)");

    public static readonly LocalizedText CultureDay = new("Ngày Văn hóa Việt Nam", "Vietnamese Culture Day");

    /// <summary>The reason for the day off that replaces a holiday falling on a weekend (nghỉ bù, Labour Code Art. 111.3).</summary>
    public static LocalizedText Compensatory(LocalizedText holiday) =>
        new($"Nghỉ bù {holiday.Vi}", $"Compensatory day for {holiday.En ?? holiday.Vi}");

    /// <summary>One reason for a day that is two holidays at once (Giỗ Tổ can fall on 30/4).</summary>
    internal static LocalizedText Both(LocalizedText first, LocalizedText second) =>
        new($"{first.Vi}; {second.Vi}", $"{first.En ?? first.Vi}; {second.En ?? second.Vi}");
}
