using System.Globalization;
using DienHong.Server.Resources;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DienHong.Server.Configuration;

/// <summary>
/// Reads and checks the configuration (kiểm tra cấu hình) before anything is composed: an unknown provider,
/// PostgreSQL without a connection string, or a data folder that is a file or cannot be written stops the start with
/// one line, and so does a PostgreSQL connection string the driver cannot read. The same checks run again through <see cref="IValidateOptions{TOptions}"/> (<c>ValidateOnStart</c>).
/// </summary>
public sealed class ServerSettings : IValidateOptions<ServerOptions>, IValidateOptions<DatabaseOptions>
{
    public static (ServerOptions Server, DatabaseOptions Database) Read(IConfiguration configuration)
    {
        var server = new ServerOptions();
        var database = new DatabaseOptions();
        try
        {
            configuration.GetSection(ServerOptions.Section).Bind(server);
            configuration.GetSection(DatabaseOptions.Section).Bind(database);
        }
        catch (InvalidOperationException e)
        {
            throw new ServerStartException(F(ServerText.ConfigUnreadable, e.Message), e);
        }

        var problem = Check(server) ?? Check(database);
        return problem is null ? (server, database) : throw new ServerStartException(problem);
    }

    /// <summary>The problem with the server section, or null. Creates the data folder to prove it can be written.</summary>
    public static string? Check(ServerOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DataFolder))
        {
            return ServerText.DataFolderEmpty;
        }

        if (options.Language is { Length: > 0 } language && language is not ("vi" or "en"))
        {
            return F(ServerText.LanguageUnknown, language);
        }

        var folder = options.DataPath;
        if (File.Exists(folder))
        {
            return F(ServerText.DataFolderIsFile, folder);
        }

        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-check-{Environment.ProcessId}");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return F(ServerText.DataFolderNotWritable, folder, e.Message);
        }
    }

    /// <summary>The problem with the database section, or null.</summary>
    public static string? Check(DatabaseOptions options)
    {
        if (!string.Equals(options.Provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase) && !options.IsPostgres)
        {
            return F(ServerText.ProviderUnknown, options.Provider);
        }

        if (options.IsPostgres && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ServerText.PostgresWithoutConnectionString;
        }

        return options.IsPostgres ? CheckConnectionString(options.ConnectionString!) : null;
    }

    /// <summary>A connection string the driver cannot read is told before anything tries to connect with it.</summary>
    private static string? CheckConnectionString(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            return null;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            return F(ServerText.ConnectionStringInvalid, e.Message);
        }
    }

    public ValidateOptionsResult Validate(string? name, ServerOptions options) => Result(Check(options));

    public ValidateOptionsResult Validate(string? name, DatabaseOptions options) => Result(Check(options));

    private static ValidateOptionsResult Result(string? problem) =>
        problem is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problem);

    internal static string F(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}
