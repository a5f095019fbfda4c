using System.Globalization;

namespace DienHong.Calendar;

/// <summary>A period (thời hạn) as written in a definition: <c>{ "workingDays": 5 }</c> and its siblings.</summary>
public readonly record struct Duration(DurationKind Kind, int Amount)
{
    /// <summary>The JSON property name of each kind, as docs/format/definitions.md writes it.</summary>
    public static string PropertyName(DurationKind kind) => kind switch
    {
        DurationKind.WorkingDays => "workingDays",
        DurationKind.Days => "days",
        DurationKind.ConsecutiveDays => "consecutiveDays",
        DurationKind.Hours => "hours",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParseKind(string name, out DurationKind kind)
    {
        foreach (var k in Enum.GetValues<DurationKind>())
        {
            if (PropertyName(k) == name)
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    public static Duration WorkingDays(int n) => new(DurationKind.WorkingDays, n);

    public static Duration Days(int n) => new(DurationKind.Days, n);

    public static Duration ConsecutiveDays(int n) => new(DurationKind.ConsecutiveDays, n);

    public static Duration Hours(int n) => new(DurationKind.Hours, n);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{{ \"{PropertyName(Kind)}\": {Amount} }}");
}
