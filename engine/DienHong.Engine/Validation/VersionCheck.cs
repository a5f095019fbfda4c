using System.Text.Json;
using DienHong.Engine.Resources;

namespace DienHong.Engine.Validation;

/// <summary>
/// A version (phiên bản) is a whole number from 1 to <see cref="int.MaxValue"/>, written once. Anything else
/// (a fraction, 0, 2147483648, <c>1e400</c>, a string) is an error naming <c>version</c>, never read as version 0.
/// A missing version is the JSON Schema's <c>required</c> error; a repeated one the duplicate-key rule's.
/// </summary>
internal static class VersionCheck
{
    public static void Check(JsonElement root, FindingSink sink)
    {
        if (root.TryGetProperty("version", out var version) && !(version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out var v) && v >= 1))
        {
            sink.Error("/version", "version", Text.Format(ValidationMessages.VersionInvalid, version.GetRawText()));
        }
    }
}
