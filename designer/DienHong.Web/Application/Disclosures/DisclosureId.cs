using System.Globalization;

namespace DienHong.Web.Application.Disclosures;

/// <summary>
/// A disclosure's id in the API (mã công khai): its case and the journal entry of its posting,
/// <c>&lt;instance&gt;.&lt;seq&gt;</c>. A node posted again (after an upheld objection) is a new posting with its own id.
/// </summary>
public static class DisclosureId
{
    public static string Of(string instanceId, long seq) => instanceId + "." + seq.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? id, out string instanceId, out long seq)
    {
        var dot = id?.LastIndexOf('.') ?? -1;
        instanceId = dot > 0 ? id![..dot] : string.Empty;
        seq = 0;
        return dot > 0 && long.TryParse(id.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out seq) && seq > 0;
    }
}
