using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DienHong.Engine.Security;

namespace DienHong.Engine.Audit;

/// <summary>
/// How an anchor is hashed and signed: the root is the SHA-256 of its head lines; the signature (ECDSA P-256,
/// SHA-256) covers a canonical JSON array of its id, time, counts, root and key id. Anyone with the public key can
/// check it; only the keyring can make one.
/// </summary>
public static class AnchorSeal
{
    public static string Line(AnchorHead head) => string.Create(CultureInfo.InvariantCulture, $"{head.InstanceId} {head.Seq} {head.Hash}");

    /// <summary>Reads a head line; null when it is not one.</summary>
    public static AnchorHead? Parse(string line) =>
        line.Split(' ') is [var id, var seq, var hash] && id.Length > 0 && hash.Length > 0 && long.TryParse(seq, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? new AnchorHead(id, n, hash)
            : null;

    public static string Root(IEnumerable<string> heads)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in heads)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public static Anchor Sign(long id, DateTimeOffset at, long entries, long instancesCreated, IReadOnlyList<string> heads, IKeyring keyring)
    {
        var unsigned = new Anchor(id, at, heads.Count, entries, instancesCreated, Root(heads), heads, keyring.Id, string.Empty);
        return unsigned with { Signature = Convert.ToBase64String(keyring.Sign(SignedBytes(unsigned))) };
    }

    /// <summary>Whether the anchor's signature holds under <paramref name="publicKey"/> (SubjectPublicKeyInfo, DER).</summary>
    public static bool Verify(Anchor anchor, byte[] publicKey)
    {
        var signature = new byte[anchor.Signature.Length];
        if (!Convert.TryFromBase64String(anchor.Signature, signature, out var length))
        {
            return false;
        }

        using var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(publicKey, out _);
        }
        catch (CryptographicException)
        {
            return false;
        }

        return key.VerifyData(SignedBytes(anchor), signature.AsSpan(0, length), HashAlgorithmName.SHA256);
    }

    private static byte[] SignedBytes(Anchor a)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            w.WriteStringValue("anchor/1");
            w.WriteNumberValue(a.Id);
            w.WriteNumberValue(a.At.ToUnixTimeMilliseconds());
            w.WriteNumberValue(a.Instances);
            w.WriteNumberValue(a.Entries);
            w.WriteNumberValue(a.InstancesCreated);
            w.WriteStringValue(a.Root);
            w.WriteStringValue(a.KeyId);
            w.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
