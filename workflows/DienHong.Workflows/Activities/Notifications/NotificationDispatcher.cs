using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DienHong.Workflows.Activities.Notifications;

/// <summary>What one dispatch did.</summary>
public sealed record DispatchReport(int Notifications, int Emails, int InAppMessages, long Cursor);

/// <summary>
/// Sends the notifications that Notify nodes queued in the journal, outside any engine run: in-app messages into
/// the <see cref="IInAppInbox"/>, and one e-mail per notification (UTF-8 plain text, every address in To) through
/// MailKit to the SMTP server of <see cref="NotificationOptions"/>. It reads the outbox after its stored cursor and
/// moves the cursor past each notification once it has gone out; a failure stops the dispatch with the cursor on
/// the last notification delivered, so the next dispatch retries from there (at least once). Call
/// <see cref="DispatchAsync"/> from a timer or a background job; one dispatcher at a time per cursor.
/// </summary>
public sealed class NotificationDispatcher(
    INotificationOutbox outbox,
    INotificationCursor cursor,
    IInAppInbox inbox,
    IRecipientDirectory directory,
    IOptions<NotificationOptions> options)
{
    private readonly NotificationOptions settings = options.Value;

    public async Task<DispatchReport> DispatchAsync(CancellationToken cancellationToken = default)
    {
        var position = await cursor.ReadAsync(cancellationToken).ConfigureAwait(false);
        int notifications = 0, emails = 0, inApp = 0;
        using var smtp = new SmtpClient();
        try
        {
            while (true)
            {
                var page = await outbox.ReadAfterAsync(position, Math.Max(1, settings.BatchSize), cancellationToken).ConfigureAwait(false);
                if (page.Count == 0)
                {
                    break;
                }

                foreach (var notification in page)
                {
                    inApp += await DeliverInAppAsync(notification, cancellationToken).ConfigureAwait(false);
                    emails += await SendEmailAsync(smtp, notification, cancellationToken).ConfigureAwait(false);
                    position = notification.Position;
                    await cursor.WriteAsync(position, cancellationToken).ConfigureAwait(false);
                    notifications++;
                }
            }
        }
        finally
        {
            if (smtp.IsConnected)
            {
                await smtp.DisconnectAsync(true, CancellationToken.None).ConfigureAwait(false);
            }
        }

        return new DispatchReport(notifications, emails, inApp, position);
    }

    /// <summary>The e-mail of a notification: from the configured sender to its addresses, the subject and the plain-text body in UTF-8.</summary>
    public MimeMessage ToMessage(QueuedNotification notification, IEnumerable<string> addresses)
    {
        var message = new MimeMessage { Subject = notification.Subject };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.AddRange(addresses.Select(a => MailboxAddress.Parse(a)));
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(settings.FromAddress.Split('@').Last());
        message.Headers.Add("X-DienHong-Notification", notification.Id);
        var body = new TextPart("plain");
        body.SetText(System.Text.Encoding.UTF8, notification.Body);
        message.Body = body;
        return message;
    }

    private async Task<int> DeliverInAppAsync(QueuedNotification notification, CancellationToken cancellationToken)
    {
        if (!notification.On(NotifyConfig.InApp))
        {
            return 0;
        }

        var delivered = 0;
        foreach (var key in notification.To.Select(r => r.InboxKey).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var message = new InAppMessage(notification.Id, key, notification.InstanceId, notification.Subject, notification.Body, notification.At);
            delivered += await inbox.DeliverAsync(message, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        return delivered;
    }

    private async Task<int> SendEmailAsync(SmtpClient smtp, QueuedNotification notification, CancellationToken cancellationToken)
    {
        if (!notification.On(NotifyConfig.Email))
        {
            return 0;
        }

        var addresses = new List<string>();
        foreach (var recipient in notification.To)
        {
            addresses.AddRange(await directory.EmailsAsync(recipient, cancellationToken).ConfigureAwait(false));
        }

        addresses = [.. addresses.Distinct(StringComparer.OrdinalIgnoreCase)];
        if (addresses.Count == 0)
        {
            return 0;
        }

        if (!smtp.IsConnected)
        {
            await smtp.ConnectAsync(settings.SmtpHost, settings.SmtpPort, settings.Security, cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
            }
        }

        await smtp.SendAsync(ToMessage(notification, addresses), cancellationToken).ConfigureAwait(false);
        return 1;
    }
}
