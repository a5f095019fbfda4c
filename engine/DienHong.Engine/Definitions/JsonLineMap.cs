using System.Globalization;
using System.Text.Json;

namespace DienHong.Engine.Definitions;

/// <summary>
/// The line on which each JSON value starts, by JSON pointer (<c>/nodes/3</c>), so that errors found on the parsed
/// document can still point a person at the line of the file.
/// </summary>
public sealed class JsonLineMap
{
    private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);

    private JsonLineMap()
    {
    }

    public static JsonLineMap Build(ReadOnlySpan<byte> utf8)
    {
        var map = new JsonLineMap();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var frames = new Stack<Frame>();
        var path = new List<string>();
        string? property = null;
        var line = 1;
        var scanned = 0;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            line += utf8[scanned..start].Count((byte)'\n');
            scanned = start;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    if (frames.Pop().HasSegment)
                    {
                        path.RemoveAt(path.Count - 1);
                    }

                    continue;
            }

            string? segment = null;
            if (frames.TryPeek(out var parent))
            {
                segment = parent.IsArray
                    ? (parent.NextIndex++).ToString(CultureInfo.InvariantCulture)
                    : (property ?? string.Empty).Replace("~", "~0").Replace("/", "~1");
            }

            var pointer = segment is null ? string.Empty : string.Concat(string.Concat(path.Select(p => "/" + p)), "/", segment);
            map.lines.TryAdd(pointer, line);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                frames.Push(new Frame(reader.TokenType == JsonTokenType.StartArray, segment is not null));
                if (segment is not null)
                {
                    path.Add(segment);
                }
            }
        }

        return map;
    }

    /// <summary>The line of the value at <paramref name="pointer"/>, or of its nearest enclosing value.</summary>
    public int? LineOf(string pointer)
    {
        for (var p = pointer; ; p = p[..p.LastIndexOf('/')])
        {
            if (lines.TryGetValue(p, out var line))
            {
                return line;
            }

            if (p.Length == 0)
            {
                return null;
            }
        }
    }

    private sealed class Frame(bool isArray, bool hasSegment)
    {
        public bool IsArray { get; } = isArray;

        public bool HasSegment { get; } = hasSegment;

        public int NextIndex { get; set; }
    }
}
