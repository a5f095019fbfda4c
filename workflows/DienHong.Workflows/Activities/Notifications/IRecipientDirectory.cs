namespace DienHong.Workflows.Activities.Notifications;

/// <summary>
/// Finds the e-mail addresses of a role or user recipient. The organisation directory is being built elsewhere;
/// until it is, <see cref="NoRecipientDirectory"/> knows no address, so e-mail goes only to <c>{ "email" }</c>
/// recipients, and <see cref="MapRecipientDirectory"/> takes a fixed map of inbox keys to addresses.
/// </summary>
public interface IRecipientDirectory
{
    ValueTask<IReadOnlyList<string>> EmailsAsync(NotifyRecipient recipient, CancellationToken cancellationToken = default);
}

public sealed class NoRecipientDirectory : IRecipientDirectory
{
    public ValueTask<IReadOnlyList<string>> EmailsAsync(NotifyRecipient recipient, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<string>>(recipient.Kind == NotifyRecipient.Email ? [recipient.Value] : []);
}

/// <summary>Addresses of roles and users by inbox key (<c>role:hr</c>, <c>user:E0142</c>).</summary>
public sealed class MapRecipientDirectory(IReadOnlyDictionary<string, IReadOnlyList<string>> addresses) : IRecipientDirectory
{
    public ValueTask<IReadOnlyList<string>> EmailsAsync(NotifyRecipient recipient, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<string>>(recipient.Kind == NotifyRecipient.Email ? [recipient.Value]
            : recipient.InboxKey is { } key && addresses.TryGetValue(key, out var found) ? found : []);
}
