using System.Runtime.CompilerServices;
using Xunit;

namespace DienHong.Testing;

/// <summary>
/// A test that needs PostgreSQL: skipped on a machine without it, except in CI. The reason is put in the test's
/// display name too, because <c>dotnet test</c> prints skip reasons only at detailed verbosity.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute([CallerMemberName] string test = "")
    {
        if (!TestServices.Required && TestServices.PostgresMissing is { } reason)
        {
            Skip = reason;
            DisplayName = $"{test} (skipped: {reason})";
        }
    }
}
