using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DienHong.Workflows.Tests.Governance;

/// <summary>
/// An attacker who has only the database files (db, -wal, -shm) and the organisation's staff list, and tries to tie
/// an anonymous opinion to its author: a staff id written anywhere, or any hash-shaped value in the files that is a
/// (salted, keyed or plain) SHA-256 of a staff id, with every other value in the files tried as the salt or key.
/// </summary>
internal static partial class VoiceAttack
{
    /// <summary>The files' bytes as the attacker copies them, one after the other.</summary>
    public static byte[] Copy(string databasePath) =>
        [.. new[] { databasePath, databasePath + "-wal", databasePath + "-shm" }.Where(File.Exists).SelectMany(File.ReadAllBytes)];

    /// <summary>The staff ids of the organisation file.</summary>
    public static IReadOnlyList<string> Staff(string organizationFile)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(organizationFile));
        return [.. document.RootElement.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("id").GetString()!)];
    }

    /// <summary>The staff ids the attacker can link to a hash-shaped value in the files.</summary>
    public static IReadOnlySet<string> LinkedByHash(byte[] files, IEnumerable<string> staff)
    {
        var runs = Runs(files);
        var tokens = Tokens(runs);
        var secrets = runs.Select(t => (Text: t, Bytes: Decode(t))).ToList();
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in staff)
        {
            var id = Encoding.UTF8.GetBytes(person);
            var candidates = new List<byte[]> { SHA256.HashData(id) };
            foreach (var (text, bytes) in secrets)
            {
                candidates.Add(SHA256.HashData(Encoding.UTF8.GetBytes(text + "\n" + person)));
                candidates.Add(SHA256.HashData(Encoding.UTF8.GetBytes(text + person)));
                candidates.Add(HMACSHA256.HashData(Encoding.UTF8.GetBytes(text), id));
                if (bytes is not null)
                {
                    candidates.Add(HMACSHA256.HashData(bytes, id));
                }
            }

            if (candidates.Any(c => tokens.Contains(Convert.ToBase64String(c)) || tokens.Contains(Convert.ToHexStringLower(c))))
            {
                linked.Add(person);
            }
        }

        return linked;
    }

    /// <summary>The staff ids written anywhere in the files.</summary>
    public static IReadOnlySet<string> Written(byte[] files, IEnumerable<string> staff)
    {
        var text = Text(files);
        return staff.Where(s => text.Contains(s, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
    }

    public static bool Contains(byte[] files, string value) => Text(files).Contains(value, StringComparison.Ordinal);

    /// <summary>The bytes as text, with JSON's <c>\uXXXX</c> escapes undone (stored JSON escapes e.g. <c>+</c>).</summary>
    private static string Text(byte[] files) =>
        JsonEscape().Replace(Encoding.Latin1.GetString(files), m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());

    private static HashSet<string> Runs(byte[] files) =>
        Token().Matches(Text(files)).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Every base64 or hex run long enough to be a salt, a key or a hash, and every hash-long stretch of a longer run
    /// (SQLite writes a row's columns side by side, so a hash may run on into its neighbour).
    /// </summary>
    private static HashSet<string> Tokens(IEnumerable<string> runs)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in runs)
        {
            tokens.Add(run);
            foreach (var length in new[] { 44, 64 })
            {
                for (var i = 0; i + length < run.Length; i++)
                {
                    tokens.Add(run.Substring(i, length));
                }
            }
        }

        return tokens;
    }

    private static byte[]? Decode(string token)
    {
        var buffer = new byte[token.Length];
        if (token.Length % 2 == 0 && token.All(Uri.IsHexDigit))
        {
            return Convert.FromHexString(token);
        }

        return Convert.TryFromBase64String(token, buffer, out var n) ? buffer[..n] : null;
    }

    [GeneratedRegex("[A-Za-z0-9+/]{16,}={0,2}")]
    private static partial Regex Token();

    [GeneratedRegex(@"\\u([0-9A-Fa-f]{4})")]
    private static partial Regex JsonEscape();
}
