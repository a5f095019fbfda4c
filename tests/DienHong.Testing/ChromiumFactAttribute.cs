using System.Runtime.CompilerServices;
using Xunit;

namespace DienHong.Testing;

/// <summary>A test that drives Chromium (Playwright): skipped on a machine without <see cref="TestServices.ChromiumPath"/>, except in CI, where a missing browser fails the test.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute([CallerMemberName] string test = "") => TestServices.SkipWhenMissing(this, test, TestServices.ChromiumMissing);
}
