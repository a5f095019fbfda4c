using System.Security.Cryptography;
using System.Text;
using DienHong.Engine.Security;

namespace DienHong.Workflows.Activities;

/// <summary>
/// One voice per person without keeping who (giữ bí mật người góp ý): each submission is keyed by HMAC-SHA-256 of the
/// sender's id under a key derived from the keyring for this window only. The key never enters the database, so
/// someone who reads it cannot test staff ids against the voices; the voices are erased when the window closes.
/// </summary>
public static class ConsultationVoices
{
    /// <summary>The window a voice belongs to: one execution of a Consultation node.</summary>
    public static string Window(string instanceId, string nodeInstanceId) => instanceId + "/" + nodeInstanceId;

    public static string Voice(IKeyring keyring, string window, string person) =>
        Convert.ToBase64String(HMACSHA256.HashData(keyring.DeriveKey(KeyPurposes.ConsultationVoice, window), Encoding.UTF8.GetBytes(person)));
}
