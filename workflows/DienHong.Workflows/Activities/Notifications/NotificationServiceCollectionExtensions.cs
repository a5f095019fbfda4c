using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DienHong.Workflows.Activities.Notifications;

public static class NotificationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="NotificationDispatcher"/> over the store's journal (<see cref="JournalOutbox"/>),
    /// with an in-memory inbox, no recipient directory and a cursor in <paramref name="cursorFile"/> (in memory when null).
    /// Register other implementations of the interfaces before calling this to replace them.
    /// </summary>
    public static IServiceCollection AddDienHongNotifications(
        this IServiceCollection services, string? cursorFile, Action<NotificationOptions>? configure = null)
    {
        services.AddOptions<NotificationOptions>().Configure(o => configure?.Invoke(o));
        services.TryAddSingleton<INotificationOutbox, JournalOutbox>();
        services.TryAddSingleton<INotificationCursor>(cursorFile is null ? new InMemoryNotificationCursor() : new FileNotificationCursor(cursorFile));
        services.TryAddSingleton<IInAppInbox, InMemoryInAppInbox>();
        services.TryAddSingleton<IRecipientDirectory, NoRecipientDirectory>();
        services.TryAddSingleton<NotificationDispatcher>();
        return services;
    }
}
