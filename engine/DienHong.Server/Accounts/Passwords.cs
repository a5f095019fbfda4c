using System.Security.Cryptography;

namespace DienHong.Server.Accounts;

/// <summary>Generated passwords (mật khẩu sinh ngẫu nhiên): readable, and within the password rules (10+ characters, upper, lower, digit).</summary>
public static class Passwords
{
    private const string Letters = "abcdefghijkmnpqrstuvwxyz";

    /// <summary>E.g. <c>Dh-kqzt-xwpa-4821</c>: about 52 bits from a cryptographic source.</summary>
    public static string Generate() =>
        $"Dh-{Random(Letters, 4)}-{Random(Letters, 4)}-{Random("0123456789", 4)}";

    private static string Random(string alphabet, int length) =>
        string.Create(length, alphabet, (span, a) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = a[RandomNumberGenerator.GetInt32(a.Length)];
            }
        });
}
