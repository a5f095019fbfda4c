using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace DienHong.Engine.Journal;

/// <summary>
/// The journal's hash chain: each entry's hash is SHA-256 over the previous hash and the entry's canonical form
/// (a JSON array of its fields in a fixed order), so changing, removing or reordering any entry breaks every
/// later link.
/// </summary>
public static class JournalChain
{
    /// <summary>The "previous hash" of an instance's first entry.</summary>
    public const string Genesis = "";

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? threadBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? threadWriter;

    public static string Hash(string previousHash, string instanceId, long seq, DateTimeOffset at, string? node, string @event, string? actor, string? outcome, string? comment, string? data)
    {
        // One buffer and writer per thread: every engine run hashes several entries.
        var buffer = threadBuffer ??= new ArrayBufferWriter<byte>(512);
        buffer.ResetWrittenCount();
        var writer = threadWriter ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        writer.WriteStartArray();
        writer.WriteStringValue(previousHash);
        writer.WriteStringValue(instanceId);
        writer.WriteNumberValue(seq);
        writer.WriteNumberValue(at.ToUnixTimeMilliseconds());
        Write(writer, node);
        writer.WriteStringValue(@event);
        Write(writer, actor);
        Write(writer, outcome);
        Write(writer, comment);
        Write(writer, data);
        writer.WriteEndArray();
        writer.Flush();

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer.WrittenSpan, hash);
        return Convert.ToHexStringLower(hash);
    }

    public static string Hash(string previousHash, Storage.JournalEntry e) =>
        Hash(previousHash, e.InstanceId, e.Seq, e.At, e.NodeId, e.Event, e.Actor, e.Outcome, e.Comment, e.Data);

    private static void Write(Utf8JsonWriter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
