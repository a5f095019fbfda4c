using System.Runtime.CompilerServices;
using Xunit;

namespace DienHong.Testing;

/// <summary>
/// A test that drives Chromium (Playwright): skipped on a machine without <see cref="TestServices.ChromiumPath"/>,
/// except in CI, where a missing browser fails the test. The reason is put in the display name too.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute([CallerMemberName] string test = "")
    {
        if (!TestServices.Required && TestServices.ChromiumMissing is { } reason)
        {
            Skip = reason;
            DisplayName = $"{test} (skipped: {reason})";
        }
    }
}
