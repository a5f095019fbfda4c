using Xunit;

namespace DienHong.Testing;

/// <summary>
/// Which services beyond the .NET SDK the tests can use on this machine (PostgreSQL, Chromium). A test that needs a missing one is skipped
/// with the reason, unless <c>DIENHONG_REQUIRE_SERVICES=1</c> (set by <c>.ci/run</c>): then it runs and fails,
/// so CI never silently skips.
/// </summary>
public static class TestServices
{
    public const string RequireVariable = "DIENHONG_REQUIRE_SERVICES";

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) is "1" or "true";

    /// <summary>
    /// Skips <paramref name="fact"/> with <paramref name="missing"/> (the reason a service is missing, or null) put in
    /// its display name too, because <c>dotnet test</c> prints skip reasons only at detailed verbosity; in CI it runs.
    /// </summary>
    public static void SkipWhenMissing(FactAttribute fact, string test, string? missing)
    {
        if (!Required && missing is not null)
        {
            fact.Skip = missing;
            fact.DisplayName = $"{test} (skipped: {missing})";
        }
    }

    /// <summary>Debian's Chromium, which the browser tests launch (Playwright never downloads a browser here).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Why browser tests cannot run here, or null when Chromium is installed.</summary>
    public static string? ChromiumMissing =>
        File.Exists(ChromiumPath) ? null : $"Chromium not found at {ChromiumPath}: install it (apt-get install -y chromium); CI runs these tests.";

    /// <summary>Why PostgreSQL tests cannot run here, or null when a server is configured or can be started.</summary>
    public static string? PostgresMissing =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresServer.EnvironmentVariable)) || PostgresBinaries.Find() is not null
            ? null
            : $"PostgreSQL not found: install it (sudo scripts/install-test-services.sh) or set {PostgresServer.EnvironmentVariable}; CI runs these tests.";
}
