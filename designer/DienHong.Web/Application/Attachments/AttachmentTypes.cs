namespace DienHong.Web.Application.Attachments;

/// <summary>
/// The kinds of document accepted (loại tệp được nhận): PDF, images, office documents. A file's kind is its name's
/// extension and its first bytes must match it, so a script renamed <c>.pdf</c> is refused; the type served is the
/// kind's, never the client's.
/// </summary>
public static class AttachmentTypes
{
    private static readonly byte[] Zip = "PK\u0003\u0004"u8.ToArray();
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly Dictionary<string, (string ContentType, byte[][] Starts)> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", ["%PDF-"u8.ToArray()]),
        [".png"] = ("image/png", [[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]]),
        [".jpg"] = ("image/jpeg", [[0xFF, 0xD8, 0xFF]]),
        [".jpeg"] = ("image/jpeg", [[0xFF, 0xD8, 0xFF]]),
        [".gif"] = ("image/gif", ["GIF87a"u8.ToArray(), "GIF89a"u8.ToArray()]),
        [".webp"] = ("image/webp", ["RIFF"u8.ToArray()]),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [Zip]),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [Zip]),
        [".pptx"] = ("application/vnd.openxmlformats-officedocument.presentationml.presentation", [Zip]),
        [".odt"] = ("application/vnd.oasis.opendocument.text", [Zip]),
        [".ods"] = ("application/vnd.oasis.opendocument.spreadsheet", [Zip]),
        [".doc"] = ("application/msword", [Ole]),
        [".xls"] = ("application/vnd.ms-excel", [Ole]),
        [".ppt"] = ("application/vnd.ms-powerpoint", [Ole]),
    };

    /// <summary>The accepted extensions, for the refusal's text and the upload's <c>accept</c>.</summary>
    public static string Accepted { get; } = string.Join(", ", Kinds.Keys);

    /// <summary>The content type of a file named <paramref name="name"/>, or null when its kind is not accepted.</summary>
    public static string? ContentTypeOf(string name) => Kinds.TryGetValue(Path.GetExtension(name), out var kind) ? kind.ContentType : null;

    /// <summary>Whether the file's first bytes are those of the kind its name says.</summary>
    public static bool Matches(string name, ReadOnlySpan<byte> head)
    {
        if (!Kinds.TryGetValue(Path.GetExtension(name), out var kind))
        {
            return false;
        }

        foreach (var start in kind.Starts)
        {
            if (head.StartsWith(start))
            {
                return true;
            }
        }

        return false;
    }
}
