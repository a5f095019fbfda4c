using DienHong.Cli.Resources;
using Npgsql;

namespace DienHong.Cli;

/// <summary>A PostgreSQL connection string as people are shown it (máy chủ PostgreSQL): host, port and database, never the password.</summary>
internal static class PostgresTarget
{
    /// <summary>The shown name, or a <see cref="CliInputException"/> worded with <paramref name="invalid"/> (its {0} the parser's reason).</summary>
    public static string Describe(string connectionString, string invalid)
    {
        try
        {
            var b = new NpgsqlConnectionStringBuilder(connectionString);
            return $"{b.Host}:{b.Port}/{b.Database}";
        }
        catch (ArgumentException e)
        {
            throw new CliInputException(CliApp.F(invalid, e.Message));
        }
    }
}
