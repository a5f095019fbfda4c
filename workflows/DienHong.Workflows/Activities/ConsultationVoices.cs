using System.Security.Cryptography;
using System.Text;

namespace DienHong.Workflows.Activities;

/// <summary>
/// One voice per person without keeping who: each submission is keyed by a salted SHA-256 of the sender's id, with a
/// random salt per consultation kept in its node state and dropped when the window closes.
/// </summary>
public static class ConsultationVoices
{
    public static string NewSalt() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

    public static string Voice(string salt, string person) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(salt + "\n" + person)));
}
