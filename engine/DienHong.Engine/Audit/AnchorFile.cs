using System.Text;
using System.Text.Json;
using DienHong.Engine.Definitions;

namespace DienHong.Engine.Audit;

/// <summary>
/// The anchors an auditor keeps outside the system (tệp mốc neo): the signing key's public half and every anchor
/// with its heads. <c>journal verify --anchors</c> checks a database against it.
/// </summary>
public sealed record AnchorFile(string KeyId, byte[] PublicKey, DateTimeOffset ExportedAt, IReadOnlyList<Anchor> Anchors)
{
    public const string Format = "dienhong-anchors/1";

    public void Write(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        using var stream = File.Create(path);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("format", Format);
        w.WriteString("keyId", KeyId);
        w.WriteString("publicKey", Convert.ToBase64String(PublicKey));
        w.WriteString("exportedAt", ExportedAt);
        w.WriteStartArray("anchors");
        foreach (var a in Anchors)
        {
            w.WriteStartObject();
            w.WriteNumber("id", a.Id);
            w.WriteString("at", a.At);
            w.WriteNumber("instances", a.Instances);
            w.WriteNumber("entries", a.Entries);
            w.WriteNumber("instancesCreated", a.InstancesCreated);
            w.WriteString("root", a.Root);
            w.WriteString("keyId", a.KeyId);
            w.WriteString("signature", a.Signature);
            w.WriteStartArray("heads");
            foreach (var head in a.Heads)
            {
                w.WriteStringValue(head);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Reads a kept file; throws <see cref="AnchorFileException"/> naming the line and property of a problem.</summary>
    public static AnchorFile Read(string path)
    {
        byte[] bytes;
        JsonDocument document;
        try
        {
            bytes = File.ReadAllBytes(path);
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            throw new AnchorFileException(path, (int?)e.LineNumber + 1, e.Path ?? string.Empty, AnchorFileProblem.Unreadable, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AnchorFileException(path, null, string.Empty, AnchorFileProblem.Unreadable, e.Message);
        }

        using (document)
        {
            return new Reader(path, JsonLineMap.Build(bytes)).File(document.RootElement);
        }
    }

    private sealed class Reader(string path, JsonLineMap lines)
    {
        public AnchorFile File(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format)
            {
                throw Problem("/format", AnchorFileProblem.WrongFormat, Format);
            }

            var publicKey = Base64(root, "/publicKey");
            var anchors = new List<Anchor>();
            var array = Property(root, "/anchors", JsonValueKind.Array);
            var i = 0;
            foreach (var a in array.EnumerateArray())
            {
                anchors.Add(Anchor(a, $"/anchors/{i++}"));
            }

            return new AnchorFile(String(root, "/keyId"), publicKey, Time(root, "/exportedAt"), anchors);
        }

        private Anchor Anchor(JsonElement a, string at)
        {
            var heads = new List<string>();
            var i = 0;
            foreach (var head in Property(a, at + "/heads", JsonValueKind.Array).EnumerateArray())
            {
                var pointer = $"{at}/heads/{i++}";
                if (head.ValueKind != JsonValueKind.String || AnchorSeal.Parse(head.GetString()!) is null)
                {
                    throw Problem(pointer, AnchorFileProblem.Invalid, "instance seq hash");
                }

                heads.Add(head.GetString()!);
            }

            return new Anchor(Number(a, at + "/id"), Time(a, at + "/at"), Number(a, at + "/instances"), Number(a, at + "/entries"),
                Number(a, at + "/instancesCreated"), String(a, at + "/root"), heads, String(a, at + "/keyId"), String(a, at + "/signature"));
        }

        private JsonElement Property(JsonElement parent, string pointer, JsonValueKind kind)
        {
            var name = pointer[(pointer.LastIndexOf('/') + 1)..];
            if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value))
            {
                throw Problem(pointer, AnchorFileProblem.Missing);
            }

            return value.ValueKind == kind ? value : throw Problem(pointer, AnchorFileProblem.Invalid, kind.ToString().ToLowerInvariant());
        }

        private string String(JsonElement parent, string pointer) => Property(parent, pointer, JsonValueKind.String).GetString()!;

        private long Number(JsonElement parent, string pointer) =>
            Property(parent, pointer, JsonValueKind.Number) is var n && n.TryGetInt64(out var value) && value >= 0 ? value : throw Problem(pointer, AnchorFileProblem.Invalid, "integer");

        private DateTimeOffset Time(JsonElement parent, string pointer) =>
            Property(parent, pointer, JsonValueKind.String).TryGetDateTimeOffset(out var t) ? t : throw Problem(pointer, AnchorFileProblem.Invalid, "date-time");

        private byte[] Base64(JsonElement parent, string pointer)
        {
            var text = String(parent, pointer);
            var bytes = new byte[text.Length];
            return Convert.TryFromBase64String(text, bytes, out var length) && length > 0 ? bytes[..length] : throw Problem(pointer, AnchorFileProblem.Invalid, "base64");
        }

        private AnchorFileException Problem(string pointer, AnchorFileProblem problem, string? detail = null) =>
            new(path, lines.LineOf(pointer), pointer, problem, detail);
    }
}
