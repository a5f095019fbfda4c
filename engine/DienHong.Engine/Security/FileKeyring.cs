using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DienHong.Engine.Security;

/// <summary>
/// The keyring in a file (tệp khoá) beside the database, readable by its owner only: a random master secret and an
/// ECDSA P-256 signing key, generated at the first start. Losing the file loses the ability to check seals and sign
/// anchors, so it is backed up, separately from the database.
/// </summary>
public sealed class FileKeyring(string path) : IKeyring, IDisposable
{
    /// <summary>The file name used beside the database when no path is configured.</summary>
    public const string DefaultFileName = "dienhong.keys";

    private const string Format = "dienhong-keys/1";
    private readonly Lock gate = new();
    private Keys? keys;

    public string Location { get; } = System.IO.Path.GetFullPath(path);

    public bool Exists => keys is not null || File.Exists(Location);

    public string Id => Loaded.Id;

    public byte[] PublicKey => Loaded.PublicKey;

    private Keys Loaded
    {
        get
        {
            lock (gate)
            {
                return keys ??= Read();
            }
        }
    }

    /// <summary>The key file beside a database: <c>dienhong.keys</c> in the database's folder.</summary>
    public static string BesideDatabase(string databasePath) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(databasePath))!, DefaultFileName);

    public void EnsureCreated()
    {
        lock (gate)
        {
            if (keys is null && !File.Exists(Location))
            {
                Create();
            }

            keys ??= Read();
        }
    }

    public byte[] DeriveKey(string purpose, string context = "") =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, Loaded.Master, 32, info: Encoding.UTF8.GetBytes(purpose + "\n" + context));

    public byte[] Sign(ReadOnlySpan<byte> data)
    {
        var loaded = Loaded;
        lock (loaded.Signer)
        {
            return loaded.Signer.SignData(data, HashAlgorithmName.SHA256);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            keys?.Signer.Dispose();
            keys = null;
        }
    }

    /// <summary>The id of a public key: the first 16 bytes of its SHA-256, in hex.</summary>
    public static string IdOf(byte[] publicKey) => "k-" + Convert.ToHexStringLower(SHA256.HashData(publicKey).AsSpan(0, 16));

    private void Create()
    {
        var folder = System.IO.Path.GetDirectoryName(Location)!;
        Directory.CreateDirectory(folder);
        using var signer = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var document = new KeyFile(Format, DateTimeOffset.UtcNow, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), Convert.ToBase64String(signer.ExportPkcs8PrivateKey()));
        var temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(Location)}.{Environment.ProcessId}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, document, KeyFileJson.Default.KeyFile);
            stream.Flush(flushToDisk: true);
        }

        try
        {
            // Never overwrites: when two processes create the keys at once, the first file wins and both use it.
            File.Move(temporary, Location, overwrite: false);
        }
        catch (IOException) when (File.Exists(Location))
        {
            File.Delete(temporary);
        }
    }

    private Keys Read()
    {
        KeyFile? file;
        try
        {
            using var stream = new FileStream(Location, FileMode.Open, FileAccess.Read, FileShare.Read);
            file = JsonSerializer.Deserialize(stream, KeyFileJson.Default.KeyFile);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new KeyringException(Location, KeyringProblem.Missing, $"The key file '{Location}' does not exist.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new KeyringException(Location, KeyringProblem.Unreadable, $"The key file '{Location}' cannot be read: {e.Message}");
        }

        if (file is not { Format: Format } || !TryBase64(file.Master, out var master) || master.Length != 32 || !TryBase64(file.Signing, out var pkcs8))
        {
            throw new KeyringException(Location, KeyringProblem.Unreadable, $"The file '{Location}' is not a DienHong key file ({Format}).");
        }

        var signer = ECDsa.Create();
        try
        {
            signer.ImportPkcs8PrivateKey(pkcs8, out _);
        }
        catch (CryptographicException e)
        {
            signer.Dispose();
            throw new KeyringException(Location, KeyringProblem.Unreadable, $"The signing key in '{Location}' cannot be read: {e.Message}");
        }

        var publicKey = signer.ExportSubjectPublicKeyInfo();
        return new Keys(master, signer, publicKey, IdOf(publicKey));
    }

    private static bool TryBase64(string? text, out byte[] bytes)
    {
        bytes = [];
        if (text is null)
        {
            return false;
        }

        var buffer = new byte[text.Length];
        if (!Convert.TryFromBase64String(text, buffer, out var written))
        {
            return false;
        }

        bytes = buffer[..written];
        return true;
    }

    private sealed record Keys(byte[] Master, ECDsa Signer, byte[] PublicKey, string Id);
}
