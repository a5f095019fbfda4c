using System.Runtime.CompilerServices;
using Xunit;

namespace DienHong.Testing;

/// <summary>A test that needs PostgreSQL: skipped on a machine without it, except in CI.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute([CallerMemberName] string test = "") => TestServices.SkipWhenMissing(this, test, TestServices.PostgresMissing);
}
