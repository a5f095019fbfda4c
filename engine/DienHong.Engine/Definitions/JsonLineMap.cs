using System.Globalization;
using System.Text;
using System.Text.Json;
using DienHong.Engine.Resources;

namespace DienHong.Engine.Definitions;

/// <summary>
/// The line on which each JSON value starts, by JSON pointer (<c>/nodes/3</c>), so that errors found on the parsed
/// document can still point a person at the line of the file. Mapping walks every token once, so it also finds
/// what the parsed document hides: duplicated keys (the parser would silently keep one) and, given limits, names
/// and strings that are too long, and nesting that is too deep.
/// </summary>
public sealed class JsonLineMap
{
    private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);
    private readonly List<JsonIssue> issues = [];

    private JsonLineMap()
    {
    }

    /// <summary>Duplicated keys, and with limits over-long names and strings, in the order of the text.</summary>
    public IReadOnlyList<JsonIssue> Issues => issues;

    /// <summary>
    /// Maps <paramref name="utf8"/>; throws <see cref="JsonException"/> if it is not JSON. Files people write by hand
    /// (scenarios) may end a list or an object with a comma: <paramref name="allowTrailingCommas"/>.
    /// </summary>
    /// <exception cref="DefinitionInputException">Nesting deeper than <see cref="DefinitionLimits.MaxDepth"/>.</exception>
    public static JsonLineMap Build(ReadOnlySpan<byte> utf8, DefinitionLimits? limits = null, bool allowTrailingCommas = false)
    {
        var map = new JsonLineMap();
        var options = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = allowTrailingCommas };
        if (limits is not null)
        {
            // One more than the limit, so that our own message (with the limit) comes before the reader's.
            options.MaxDepth = limits.MaxDepth + 1;
        }

        var reader = new Utf8JsonReader(utf8, options);
        var frames = new Stack<Frame>();
        var path = new List<string>();
        string? property = null;
        var line = 1;
        var lineStart = 0;
        var scanned = 0;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            var between = utf8[scanned..start];
            var newlines = between.Count((byte)'\n');
            if (newlines > 0)
            {
                line += newlines;
                lineStart = scanned + between.LastIndexOf((byte)'\n') + 1;
            }

            scanned = start;
            string Pointer(string segment) => string.Concat(string.Concat(path.Select(p => "/" + p)), "/", segment);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    var escaped = Escape(property!);
                    var keys = frames.Peek().Keys!;
                    if (!keys.TryAdd(escaped, line))
                    {
                        map.issues.Add(new JsonIssue(JsonIssueKind.DuplicateKey, Pointer(escaped), line, Column(utf8, lineStart, start), keys[escaped]));
                    }
                    else if (limits is not null && property!.Length > limits.MaxNameLength)
                    {
                        map.issues.Add(new JsonIssue(JsonIssueKind.LongName, Pointer(escaped), line, Column(utf8, lineStart, start), Length: property.Length));
                    }

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
                segment = parent.IsArray ? (parent.NextIndex++).ToString(CultureInfo.InvariantCulture) : Escape(property ?? string.Empty);
            }

            var pointer = segment is null ? string.Empty : Pointer(segment);
            map.lines.TryAdd(pointer, line);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                if (limits is not null && frames.Count >= limits.MaxDepth)
                {
                    throw new DefinitionInputException("limit-depth", Text.Format(ValidationMessages.TooDeep, limits.MaxDepth), line, Column(utf8, lineStart, start));
                }

                var isArray = reader.TokenType == JsonTokenType.StartArray;
                frames.Push(new Frame(isArray, segment is not null, isArray ? null : new Dictionary<string, int>(StringComparer.Ordinal)));
                if (segment is not null)
                {
                    path.Add(segment);
                }
            }
            else if (limits is not null && reader.TokenType == JsonTokenType.String)
            {
                if (TooLong(ref reader, limits) is { } issue)
                {
                    map.issues.Add(issue with { Pointer = pointer, Line = line, Column = Column(utf8, lineStart, start) });
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

    private static string Escape(string name) => name.Replace("~", "~0").Replace("/", "~1");

    private static int Column(ReadOnlySpan<byte> utf8, int lineStart, int start) => Encoding.UTF8.GetCharCount(utf8[lineStart..start]) + 1;

    /// <summary>An over-long string or expression (without its place yet), or null.</summary>
    private static JsonIssue? TooLong(ref Utf8JsonReader reader, DefinitionLimits limits)
    {
        // The encoded length bounds the decoded one: a string is decoded to be measured only when it could be too long.
        var encoded = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (encoded <= Math.Min(limits.MaxStringLength, limits.MaxExpressionLength))
        {
            return null;
        }

        var value = reader.GetString()!;
        var expression = Expressions.ExpressionText.IsExpression(value);
        return value.Length > (expression ? limits.MaxExpressionLength : limits.MaxStringLength)
            ? new JsonIssue(expression ? JsonIssueKind.LongExpression : JsonIssueKind.LongString, string.Empty, 0, 0, Length: value.Length)
            : null;
    }

    private sealed class Frame(bool isArray, bool hasSegment, Dictionary<string, int>? keys)
    {
        public bool IsArray { get; } = isArray;

        public bool HasSegment { get; } = hasSegment;

        /// <summary>An object's keys so far, with the line each first appeared on.</summary>
        public Dictionary<string, int>? Keys { get; } = keys;

        public int NextIndex { get; set; }
    }
}
