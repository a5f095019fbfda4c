using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using DienHong.Engine.Security;
using DienHong.Engine.Storage;

namespace DienHong.Engine.Audit;

/// <summary>
/// The seal (niêm phong) of an instance row: HMAC-SHA-256, keyed from the keyring, over the row's identity, status,
/// outcome, journal head (sequence and hash), variables, run state and open bookmarks. Every commit writes it;
/// loading an instance and journal verify check it. Without the key nobody can make a seal that matches an edited
/// row, a rewritten chain or a deleted bookmark.
/// </summary>
/// <remarks>
/// Stored as 57 bytes: a version byte, three unkeyed FNV-1a checksums of the variables, the run state and the open
/// bookmarks (8 bytes each, only to tell verify which part changed; the MAC is what proves) and the 32-byte MAC. The
/// MAC's message is each field length-prefixed, so no two rows share one. Bookmarks' job ids are left out: they are
/// the scheduler's plumbing, rewritten outside a run when missing jobs are scheduled. Every commit seals and every
/// load checks, so this runs on the hot path: one HMAC with a context reused per thread, and one small array.
/// </remarks>
public sealed class InstanceSealer(IKeyring keyring) : IDisposable
{
    private const byte Version = 1;
    private const int MacAt = 1 + (3 * 8);
    private const int SealLength = MacAt + HMACSHA256.HashSizeInBytes;
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? threadBuffer;

    private readonly ThreadLocal<IncrementalHash> macs = new(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, keyring.DeriveKey(KeyPurposes.InstanceSeal)), trackAllValues: true);

    public byte[] Seal(InstanceRecord instance, IReadOnlyList<BookmarkRecord> open)
    {
        var seal = new byte[SealLength];
        seal[0] = Version;
        Sums(instance, open, seal.AsSpan(1, 3 * 8));
        Mac(instance, open, seal.AsSpan(MacAt));
        return seal;
    }

    /// <summary>What does not match the stored seal: <see cref="SealMismatch.None"/> when it holds.</summary>
    public SealMismatch Check(InstanceRecord instance, IReadOnlyList<BookmarkRecord> open, byte[]? stored)
    {
        if (stored is not { Length: SealLength } || stored[0] != Version)
        {
            return SealMismatch.Missing;
        }

        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Mac(instance, open, mac);
        if (CryptographicOperations.FixedTimeEquals(mac, stored.AsSpan(MacAt)))
        {
            return SealMismatch.None;
        }

        // Only a broken seal is worth telling apart: which part no longer matches its checksum.
        Span<byte> sums = stackalloc byte[3 * 8];
        Sums(instance, open, sums);
        var mismatch = SealMismatch.None;
        mismatch |= sums[..8].SequenceEqual(stored.AsSpan(1, 8)) ? SealMismatch.None : SealMismatch.Variables;
        mismatch |= sums.Slice(8, 8).SequenceEqual(stored.AsSpan(9, 8)) ? SealMismatch.None : SealMismatch.State;
        mismatch |= sums.Slice(16, 8).SequenceEqual(stored.AsSpan(17, 8)) ? SealMismatch.None : SealMismatch.Bookmarks;
        return mismatch == SealMismatch.None ? SealMismatch.Row : mismatch;
    }

    /// <summary>The seal (hex MAC, same key) of the integrity record: the id of the sealing keys and the count of created instances.</summary>
    public string SealIntegrity(string keyId, long instancesCreated)
    {
        var w = Begin();
        Write(w, "integrity/1");
        Write(w, keyId);
        Write(w, instancesCreated);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Finish(w, mac);
        return Convert.ToHexStringLower(mac);
    }

    public void Dispose()
    {
        foreach (var mac in macs.Values)
        {
            mac.Dispose();
        }

        macs.Dispose();
    }

    private void Mac(InstanceRecord i, IReadOnlyList<BookmarkRecord> open, Span<byte> mac)
    {
        var w = Begin();
        Write(w, "instance-seal/1");
        Write(w, i.Id);
        Write(w, i.DefinitionId);
        Write(w, i.DefinitionKey);
        Write(w, i.DefinitionVersion);
        Write(w, i.Status.ToString());
        Write(w, i.Outcome);
        Write(w, i.CorrelationKey);
        Write(w, i.Agency);
        Write(w, i.JournalSeq);
        Write(w, i.JournalHash);
        Write(w, i.CreatedAt.ToUnixTimeMilliseconds());
        Write(w, i.CompletedAt?.ToUnixTimeMilliseconds());
        Write(w, i.Variables);
        Write(w, i.State);
        Write(w, open.Count);
        foreach (var b in Sorted(open))
        {
            Write(w, b.Id);
            Write(w, b.NodeId);
            Write(w, b.NodeInstanceId);
            Write(w, b.Kind.ToString());
            Write(w, b.Key);
            Write(w, b.Assignee);
            Write(w, b.DueAt?.ToUnixTimeMilliseconds());
            Write(w, b.WakeAt?.ToUnixTimeMilliseconds());
            Write(w, b.Payload);
            Write(w, b.CreatedAt.ToUnixTimeMilliseconds());
        }

        Finish(w, mac);
    }

    private static ArrayBufferWriter<byte> Begin()
    {
        var buffer = threadBuffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        return buffer;
    }

    private void Finish(ArrayBufferWriter<byte> w, Span<byte> mac)
    {
        var hmac = macs.Value!;
        hmac.AppendData(w.WrittenSpan);
        hmac.GetHashAndReset(mac);
    }

    /// <summary>A string as a marker, its UTF-8 length and its bytes; null as a marker alone.</summary>
    private static void Write(ArrayBufferWriter<byte> w, string? value)
    {
        if (value is null)
        {
            w.GetSpan(1)[0] = 0;
            w.Advance(1);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(value);
        var span = w.GetSpan(5 + length);
        span[0] = 1;
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], length);
        Encoding.UTF8.GetBytes(value, span[5..]);
        w.Advance(5 + length);
    }

    private static void Write(ArrayBufferWriter<byte> w, long? value)
    {
        var span = w.GetSpan(9);
        span[0] = value is null ? (byte)0 : (byte)2;
        BinaryPrimitives.WriteInt64LittleEndian(span[1..], value ?? 0);
        w.Advance(9);
    }

    private static IEnumerable<BookmarkRecord> Sorted(IReadOnlyList<BookmarkRecord> open)
    {
        if (open.Count <= 1)
        {
            return open;
        }

        var sorted = open.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return sorted;
    }

    private static void Sums(InstanceRecord instance, IReadOnlyList<BookmarkRecord> open, Span<byte> sums)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(sums, Fnv(instance.Variables));
        BinaryPrimitives.WriteUInt64LittleEndian(sums[8..], Fnv(instance.State));
        BinaryPrimitives.WriteUInt64LittleEndian(sums[16..], BookmarkSum(open));
    }

    private static ulong BookmarkSum(IReadOnlyList<BookmarkRecord> open)
    {
        var sum = Fnv(Offset, open.Count);
        foreach (var b in Sorted(open))
        {
            sum = Fnv(Fnv(Fnv(Fnv(Fnv(Fnv(Fnv(sum, b.Id), b.NodeId), (long)b.Kind), b.Assignee), b.Payload), b.DueAt?.ToUnixTimeMilliseconds()), b.WakeAt?.ToUnixTimeMilliseconds());
        }

        return sum;
    }

    private static ulong Fnv(string text) => Fnv(Offset, text);

    /// <summary>FNV-1a over a text's UTF-16 code units (null as one zero unit): a checksum, not a MAC.</summary>
    private static ulong Fnv(ulong hash, string? text)
    {
        foreach (var c in text ?? "\0")
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    private static ulong Fnv(ulong hash, long? value) => ((hash ^ (ulong)(value ?? -1)) * Prime) ^ (value is null ? 1UL : 0UL);
}
