using System.Globalization;
using System.Text;
using System.Text.Json;
using DienHong.Calendar.Resources;
using static DienHong.Calendar.Format;

namespace DienHong.Calendar;

/// <summary>
/// Problems (lỗi) in a JSON file a person wrote, told in the reader's language with the line: a syntax error, a value
/// of the wrong type, an unknown property, a key given twice. Shared by the calendar, organisation and scenario files.
/// </summary>
public static class JsonProblem
{
    /// <summary>How people's files are read: comments and trailing commas are allowed.</summary>
    public static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The text for an empty file.</summary>
    public static string Empty => JsonMessages.Empty;

    /// <summary>The text for a file whose top level is not an object.</summary>
    public static string NotAnObject => JsonMessages.NotAnObject;

    /// <summary>
    /// The first key given twice in one object, with its line; null when every key is unique, or when the text is
    /// not JSON at all (the parser reports that with its own line).
    /// </summary>
    /// <remarks>System.Text.Json keeps the last of two equal keys silently, so a repeated key would lose a value.</remarks>
    public static string? DuplicateKey(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        var objects = new Stack<HashSet<string>?>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        objects.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.StartArray:
                        objects.Push(null);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        objects.Pop();
                        break;
                    case JsonTokenType.PropertyName when !objects.Peek()!.Add(reader.GetString()!):
                        return F(JsonMessages.DuplicateKey, LineOf(bytes, reader.TokenStartIndex), reader.GetString());
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    /// <summary>A <see cref="JsonException"/> of System.Text.Json as one line: where, and what kind of problem.</summary>
    public static string Describe(JsonException e)
    {
        var line = (e.LineNumber ?? 0) + 1;
        var path = e.Path is null or "$" ? null : e.Path.StartsWith("$.", StringComparison.Ordinal) ? e.Path[2..] : e.Path;

        // System.Text.Json tells the kind of problem only in its (English) message.
        if (e.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal) && path is not null)
        {
            return F(JsonMessages.UnknownProperty, line, path);
        }

        if (e.Message.StartsWith("Duplicate property", StringComparison.Ordinal) && path is not null)
        {
            return F(JsonMessages.DuplicateKey, line, path);
        }

        if (e.Message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            return path is null ? JsonMessages.NotAnObject : F(JsonMessages.WrongType, line, path);
        }

        return F(JsonMessages.Malformed, line, (e.BytePositionInLine ?? 0) + 1);
    }

    private static long LineOf(byte[] bytes, long index)
    {
        var line = 1L;
        for (var i = 0; i < index; i++)
        {
            line += bytes[i] == (byte)'\n' ? 1 : 0;
        }

        return line;
    }
}
