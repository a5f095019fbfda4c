using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DienHong.Engine.Security;
using DienHong.Engine.Storage;

namespace DienHong.Persistence.Integrity;

/// <summary>
/// The seal (niêm phong) of an instance row: HMAC-SHA-256, keyed from the keyring, over the row's identity, status,
/// outcome, journal head (sequence and hash) and the SHA-256 of its variables, run state and open bookmarks. Every
/// commit writes it; loading an instance and journal verify check it. Without the key nobody can make a seal that
/// matches an edited row, a rewritten chain or a deleted bookmark.
/// </summary>
/// <remarks>
/// Stored as <c>1.&lt;variables&gt;.&lt;state&gt;.&lt;bookmarks&gt;.&lt;mac&gt;</c>: the first 8 bytes of each part's
/// digest (only to tell which part changed) and the MAC, in hex. Bookmarks' job ids are left out: they are the
/// scheduler's plumbing, rewritten outside a run when missing jobs are scheduled.
/// </remarks>
internal sealed class InstanceSealer(IKeyring keyring)
{
    private const string Version = "1";
    private const int ShortDigest = 8;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? threadBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? threadWriter;

    private byte[]? key;

    private byte[] Key => key ??= keyring.DeriveKey(KeyPurposes.InstanceSeal);

    public string Seal(InstanceRecord instance, IEnumerable<BookmarkRecord> open)
    {
        Span<byte> digests = stackalloc byte[3 * SHA256.HashSizeInBytes];
        Digests(instance, open, digests);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Mac(instance, digests, mac);
        return string.Join('.', Version, Hex(digests[..ShortDigest]), Hex(digests.Slice(32, ShortDigest)), Hex(digests.Slice(64, ShortDigest)), Hex(mac));
    }

    /// <summary>What does not match the stored seal: <see cref="SealMismatch.None"/> when it holds.</summary>
    public SealMismatch Check(InstanceRecord instance, IEnumerable<BookmarkRecord> open, string? stored)
    {
        var parts = stored?.Split('.');
        if (parts is not [Version, var variables, var state, var bookmarks, var storedMac] || !TryHex(storedMac, out var expectedMac))
        {
            return SealMismatch.Missing;
        }

        Span<byte> digests = stackalloc byte[3 * SHA256.HashSizeInBytes];
        Digests(instance, open, digests);
        var mismatch = SealMismatch.None;
        mismatch |= Hex(digests[..ShortDigest]) == variables ? SealMismatch.None : SealMismatch.Variables;
        mismatch |= Hex(digests.Slice(32, ShortDigest)) == state ? SealMismatch.None : SealMismatch.State;
        mismatch |= Hex(digests.Slice(64, ShortDigest)) == bookmarks ? SealMismatch.None : SealMismatch.Bookmarks;
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Mac(instance, digests, mac);
        if (!CryptographicOperations.FixedTimeEquals(mac, expectedMac) && mismatch == SealMismatch.None)
        {
            mismatch = SealMismatch.Row;
        }

        return mismatch;
    }

    /// <summary>A MAC over any short fields, with the same key: the seal of the integrity record and of anchors' rows.</summary>
    public string MacOf(params object?[] fields)
    {
        var w = Begin();
        foreach (var field in fields)
        {
            WriteValue(w, field);
        }

        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Key, End(w), mac);
        return Hex(mac);
    }

    private static void Digests(InstanceRecord instance, IEnumerable<BookmarkRecord> open, Span<byte> digests)
    {
        Sha(instance.Variables, digests[..32]);
        Sha(instance.State, digests.Slice(32, 32));
        var w = Begin();
        WriteBookmarks(w, open);
        SHA256.HashData(End(w), digests.Slice(64, 32));
    }

    private void Mac(InstanceRecord i, ReadOnlySpan<byte> digests, Span<byte> mac)
    {
        var w = Begin();
        w.WriteStringValue("instance-seal/" + Version);
        w.WriteStringValue(i.Id);
        w.WriteStringValue(i.DefinitionId);
        w.WriteStringValue(i.DefinitionKey);
        w.WriteNumberValue(i.DefinitionVersion);
        w.WriteStringValue(i.Status.ToString());
        WriteValue(w, i.Outcome);
        WriteValue(w, i.CorrelationKey);
        WriteValue(w, i.Agency);
        w.WriteNumberValue(i.JournalSeq);
        w.WriteStringValue(i.JournalHash);
        w.WriteNumberValue(i.CreatedAt.ToUnixTimeMilliseconds());
        WriteValue(w, i.CompletedAt?.ToUnixTimeMilliseconds());
        w.WriteBase64StringValue(digests);
        HMACSHA256.HashData(Key, End(w), mac);
    }

    private static void WriteBookmarks(Utf8JsonWriter w, IEnumerable<BookmarkRecord> open)
    {
        foreach (var b in open.OrderBy(b => b.Id, StringComparer.Ordinal))
        {
            w.WriteStartArray();
            w.WriteStringValue(b.Id);
            w.WriteStringValue(b.NodeId);
            w.WriteStringValue(b.NodeInstanceId);
            w.WriteStringValue(b.Kind.ToString());
            WriteValue(w, b.Key);
            WriteValue(w, b.Assignee);
            WriteValue(w, b.DueAt?.ToUnixTimeMilliseconds());
            WriteValue(w, b.WakeAt?.ToUnixTimeMilliseconds());
            WriteValue(w, b.Payload);
            w.WriteNumberValue(b.CreatedAt.ToUnixTimeMilliseconds());
            w.WriteEndArray();
        }
    }

    /// <summary>Starts a canonical JSON array in this thread's buffer (one per thread: every commit seals).</summary>
    private static Utf8JsonWriter Begin()
    {
        var buffer = threadBuffer ??= new ArrayBufferWriter<byte>(512);
        buffer.ResetWrittenCount();
        var writer = threadWriter ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        writer.WriteStartArray();
        return writer;
    }

    private static ReadOnlySpan<byte> End(Utf8JsonWriter writer)
    {
        writer.WriteEndArray();
        writer.Flush();
        return threadBuffer!.WrittenSpan;
    }

    private static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null:
                w.WriteNullValue();
                break;
            case string s:
                w.WriteStringValue(s);
                break;
            case long l:
                w.WriteNumberValue(l);
                break;
            case int n:
                w.WriteNumberValue(n);
                break;
            default:
                throw new ArgumentException($"Cannot seal a {value.GetType().Name}.", nameof(value));
        }
    }

    private static void Sha(string text, Span<byte> digest)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(text, rented);
            SHA256.HashData(rented.AsSpan(0, written), digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    private static bool TryHex(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length != 2 * HMACSHA256.HashSizeInBytes || !text.All(Uri.IsHexDigit))
        {
            return false;
        }

        bytes = Convert.FromHexString(text);
        return true;
    }
}
