using DienHong.Engine.Resources;
using Microsoft.Extensions.Options;

namespace DienHong.Engine.Hosting;

/// <summary>Checks the options at start and names every missing or wrong part at once.</summary>
internal sealed class DienHongOptionsValidator(IReadOnlyCollection<string> providers) : IValidateOptions<DienHongOptions>
{
    public ValidateOptionsResult Validate(string? name, DienHongOptions options)
    {
        var problems = new List<string>();
        var database = options.Database;
        if (string.IsNullOrWhiteSpace(database.Provider))
        {
            problems.Add(HostingMessages.NoDatabase);
        }
        else if (!database.Is(DatabaseOptions.None))
        {
            if (!providers.Contains(database.Provider, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(Text.Format(HostingMessages.UnknownProvider, database.Provider, options.ApplicationFolder, string.Join(", ", providers.Order(StringComparer.Ordinal))));
            }
            else if (database.Is(DatabaseOptions.Sqlite) && string.IsNullOrWhiteSpace(database.Path))
            {
                problems.Add(Text.Format(HostingMessages.NoDatabasePath, database.Provider));
            }
            else if (!database.Is(DatabaseOptions.Sqlite) && string.IsNullOrWhiteSpace(database.ConnectionString))
            {
                problems.Add(Text.Format(HostingMessages.NoConnectionString, database.Provider));
            }
            else if (database.Is(DatabaseOptions.PostgreSql) && string.IsNullOrWhiteSpace(options.KeyFile))
            {
                // Several nodes share the database, so the key file has no default beside it as on SQLite.
                problems.Add(Text.Format(HostingMessages.NoKeyFile, database.Provider));
            }
        }

        if (options.Calendar is null && options.CalendarFolder is null)
        {
            problems.Add(HostingMessages.NoCalendar);
        }
        else if (options.Calendar is null && !Directory.Exists(options.CalendarFolder))
        {
            problems.Add(Text.Format(HostingMessages.CalendarFolderMissing, Path.GetFullPath(options.CalendarFolder!)));
        }

        if (options.KeyFile is { } keys && Path.GetDirectoryName(Path.GetFullPath(keys)) is { } folder && !Directory.Exists(folder))
        {
            problems.Add(Text.Format(HostingMessages.KeyringFolderMissing, Path.GetFullPath(keys)));
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
