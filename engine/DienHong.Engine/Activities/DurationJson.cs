using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Calendar;

namespace DienHong.Engine.Activities;

/// <summary>Reads a duration (docs/format/definitions.md): exactly one of workingDays, days, consecutiveDays, hours.</summary>
public static class DurationJson
{
    public const string Expected = "a duration is one of { \"workingDays\": n }, { \"days\": n }, { \"consecutiveDays\": n }, { \"hours\": n } with n a whole number >= 0";

    public static bool TryRead(JsonElement value, out Duration duration, out string? problem)
    {
        duration = default;
        problem = Expected;
        if (value.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var props = value.EnumerateObject().ToList();
        if (props.Count != 1 || !Duration.TryParseKind(props[0].Name, out var kind))
        {
            return false;
        }

        if (props[0].Value.ValueKind != JsonValueKind.Number || !props[0].Value.TryGetInt32(out var amount) || amount < 0)
        {
            return false;
        }

        duration = new Duration(kind, amount);
        problem = null;
        return true;
    }

    public static bool TryRead(JsonNode? value, out Duration duration, out string? problem)
    {
        if (value is null)
        {
            duration = default;
            problem = Expected;
            return false;
        }

        using var doc = JsonDocument.Parse(value.ToJsonString());
        return TryRead(doc.RootElement, out duration, out problem);
    }
}
