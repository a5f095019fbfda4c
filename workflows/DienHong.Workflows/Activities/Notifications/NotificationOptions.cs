using MailKit.Security;

namespace DienHong.Workflows.Activities.Notifications;

/// <summary>Where and how the dispatcher sends e-mail (thư điện tử).</summary>
public sealed class NotificationOptions
{
    public string SmtpHost { get; set; } = "localhost";

    public int SmtpPort { get; set; } = 25;

    /// <summary>TLS: <c>Auto</c> (STARTTLS when offered), <c>StartTls</c>, <c>SslOnConnect</c> or <c>None</c>.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = "dienhong@localhost";

    public string FromName { get; set; } = "DienHong";

    /// <summary>How many queued notifications are read per page.</summary>
    public int BatchSize { get; set; } = 100;
}
