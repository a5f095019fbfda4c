using System.Globalization;
using System.Text.Json.Nodes;

namespace DienHong.Web.Application.Voices;

/// <summary>Reads the journalled data of consultations and ballots (dữ liệu nhật ký), where a missing value reads as none.</summary>
internal static class VoiceData
{
    public static int Int(JsonNode? data, string key) => data?[key] is JsonValue v && v.TryGetValue<int>(out var n) ? n : 0;

    public static bool Bool(JsonNode? data, string key) => data?[key] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    public static string? Text(JsonNode? data, string key) => data?[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static DateTimeOffset? Time(JsonNode? data, string key) =>
        Text(data, key) is { } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
}
