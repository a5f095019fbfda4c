namespace DienHong.Engine.Security;

/// <summary>The key file's content: its format, when it was made, the master secret and the PKCS#8 signing key (base64).</summary>
internal sealed record KeyFile(string Format, DateTimeOffset Created, string Master, string Signing);
