using System.Globalization;

namespace DienHong.Web.Application.Voices;

/// <summary>
/// The id of a consultation or a ballot in the API (mã đợt lấy ý kiến, biểu quyết): its case and the sequence number
/// of the journal entry that opened it, <c>&lt;instance&gt;.&lt;seq&gt;</c>. It stays the same from opening to result,
/// and a node run again (a ballot reconvened) gets a new one.
/// </summary>
public static class VoiceId
{
    public static string Of(string instanceId, long seq) => string.Create(CultureInfo.InvariantCulture, $"{instanceId}.{seq}");

    public static bool TryParse(string? id, out string instanceId, out long seq)
    {
        var dot = id?.LastIndexOf('.') ?? -1;
        seq = 0;
        instanceId = dot > 0 ? id![..dot] : string.Empty;
        return instanceId.Length > 0 && long.TryParse(id.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out seq) && seq > 0;
    }
}
