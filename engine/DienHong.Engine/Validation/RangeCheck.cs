using System.Globalization;
using System.Text.Json;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;

namespace DienHong.Engine.Validation;

/// <summary>
/// Durations and dates within sense (trong phạm vi hợp lý): a duration of 0 only where the property allows it,
/// none longer than the limit (ten years); dates real, between the limits' years, and a legal basis's
/// <c>effectiveTo</c> not before its <c>effectiveFrom</c>. Negative and malformed durations are the duration rule's.
/// </summary>
internal sealed class RangeCheck(DefinitionLimits limits, FindingSink sink)
{
    public void Check(ShapeWalker.Place place, ShapeField field)
    {
        switch (field.Kind)
        {
            case PropertyKind.Duration:
                Duration(place, field);
                break;
            case PropertyKind.Date when place.Value.ValueKind == JsonValueKind.String:
                Date(place.Pointer, place.Path, place.Value.GetString()!);
                break;
        }

        if (field.Shape == DefinitionShapes.LegalBasis)
        {
            EffectiveOrder(place);
        }
    }

    private void Duration(ShapeWalker.Place place, ShapeField field)
    {
        if (place.Value.ValueKind != JsonValueKind.Object || place.Value.EnumerateObject().Take(2).Count() != 1)
        {
            return;
        }

        var amount = place.Value.EnumerateObject().Single();
        if (!Calendar.Duration.TryParseKind(amount.Name, out var kind) || amount.Value.ValueKind != JsonValueKind.Number)
        {
            return;
        }

        var max = kind == DurationKind.Hours ? limits.MaxDurationHours : limits.MaxDurationDays;
        var raw = amount.Value.GetRawText();
        var tooLong = decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value > max
            : !raw.StartsWith('-'); // beyond decimal's range (e.g. 1e400)
        if (tooLong)
        {
            sink.Error(place.Pointer, "range", Text.Format(ValidationMessages.DurationTooLong, place.Path, amount.Name, raw, max));
        }
        else if (value == 0 && !field.ZeroAllowed)
        {
            sink.Error(place.Pointer, "range", Text.Format(ValidationMessages.DurationZero, place.Path));
        }
    }

    private void Date(string pointer, string path, string text)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            sink.Error(pointer, "range", Text.Format(ValidationMessages.DateInvalid, path, text));
        }
        else if (date < limits.EarliestDate || date > limits.LatestDate)
        {
            sink.Error(pointer, "range", Text.Format(ValidationMessages.DateOutOfRange, path, text, limits.EarliestDate.Year, limits.LatestDate.Year));
        }
    }

    private void EffectiveOrder(ShapeWalker.Place place)
    {
        if (place.Value.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var i = 0;
        foreach (var entry in place.Value.EnumerateArray())
        {
            var item = place.Item(i++);
            if (entry.ValueKind == JsonValueKind.Object && Parse(entry, "effectiveFrom") is { } from && Parse(entry, "effectiveTo") is { } to && to < from)
            {
                var at = item.Key("effectiveTo");
                sink.Error(at.Pointer, "range", Text.Format(ValidationMessages.DateOrder, at.Path, entry.GetProperty("effectiveTo").GetString(), entry.GetProperty("effectiveFrom").GetString()));
            }
        }
    }

    private static DateOnly? Parse(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
