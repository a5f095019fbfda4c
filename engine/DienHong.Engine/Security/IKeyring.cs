namespace DienHong.Engine.Security;

/// <summary>
/// The keyring (khoá bí mật): secrets the engine keeps outside its database, so that someone who reads or edits the
/// database alone can neither forge the journal's seals and anchors nor test staff ids against anonymous voices.
/// One master secret gives every purpose its own key (HKDF); a signing key signs the anchors auditors keep.
/// </summary>
public interface IKeyring
{
    /// <summary>Where the keys are kept (a file path), for messages.</summary>
    string Location { get; }

    /// <summary>Whether the keys exist yet: a new installation has none until its first start.</summary>
    bool Exists { get; }

    /// <summary>A fingerprint of the keys (of the public signing key); not secret, stored with what they seal.</summary>
    string Id { get; }

    /// <summary>The public signing key (SubjectPublicKeyInfo, DER), which auditors use to check anchors.</summary>
    byte[] PublicKey { get; }

    /// <summary>Creates the keys when they do not exist yet.</summary>
    void EnsureCreated();

    /// <summary>A 32-byte key for a purpose and a context; the same inputs always give the same key.</summary>
    byte[] DeriveKey(string purpose, string context = "");

    /// <summary>Signs <paramref name="data"/> with the signing key (ECDSA P-256, SHA-256).</summary>
    byte[] Sign(ReadOnlySpan<byte> data);
}
