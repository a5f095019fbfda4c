using System.Buffers;
using System.Text;
using System.Text.Unicode;
using DienHong.Engine.Resources;

namespace DienHong.Engine.Definitions;

/// <summary>
/// Reads a definition file within its limits: at most one byte more than <see cref="DefinitionLimits.MaxFileBytes"/>
/// is ever read (so <c>/dev/zero</c> or a 50 MB file is refused, not loaded), and the bytes must be UTF-8.
/// Every path that loads a definition from a file goes through here.
/// </summary>
public static class DefinitionText
{
    /// <summary>The file's text.</summary>
    /// <exception cref="DefinitionInputException">The file is larger than the limit, or not UTF-8.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static string ReadFile(string path, DefinitionLimits limits)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(limits.MaxFileBytes + 1);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var length = 0;
            int read;
            while (length <= limits.MaxFileBytes && (read = stream.Read(buffer, length, limits.MaxFileBytes + 1 - length)) > 0)
            {
                length += read;
            }

            if (length > limits.MaxFileBytes)
            {
                throw TooLarge(limits);
            }

            return Decode(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Checks that a text already in memory is within the size limit once encoded as UTF-8.</summary>
    /// <exception cref="DefinitionInputException">It is larger than the limit.</exception>
    public static void CheckSize(string json, DefinitionLimits limits)
    {
        // Every character takes at least one byte, so a longer string is refused without counting.
        if (json.Length > limits.MaxFileBytes || Encoding.UTF8.GetByteCount(json) > limits.MaxFileBytes)
        {
            throw TooLarge(limits);
        }
    }

    /// <summary>Decodes UTF-8 (a byte order mark is dropped); an invalid sequence is refused with its position.</summary>
    /// <exception cref="DefinitionInputException">The bytes are not UTF-8.</exception>
    public static string Decode(ReadOnlySpan<byte> utf8)
    {
        var bom = utf8.StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        utf8 = utf8[bom..];

        var chars = new char[utf8.Length];
        if (Utf8.ToUtf16(utf8, chars, out var bytesRead, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            return new string(chars, 0, written);
        }

        var before = utf8[..bytesRead];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        throw new DefinitionInputException("utf8", Text.Format(ValidationMessages.InvalidUtf8, bom + bytesRead, line, column), line, column);
    }

    private static DefinitionInputException TooLarge(DefinitionLimits limits) =>
        new("limit-size", Text.Format(ValidationMessages.FileTooLarge, limits.MaxFileBytes));
}
