using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;
using static DienHong.Engine.Tests.Validation.Samples;

namespace DienHong.Engine.Tests.Validation;

/// <summary>A loop is no trap when one of its nodes can end its branch or the case through <c>ends</c>.</summary>
public sealed class TrapExitTests(ValidatorFixture fixture) : IClassFixture<ValidatorFixture>
{
    [Theory]
    [InlineData("null")]
    [InlineData("\"Stopped\"")]
    public void A_loop_that_can_leave_through_ends_is_not_a_trap(string ends)
    {
        var json = Flow(string.Join(",", Task("ping"), Task("pong", "\"Done\", \"Stop\"", $$""", "ends": { "Stop": {{ends}} }"""), Task("other")),
            string.Join(",", Edge("start", "ping"), Edge("start", "other"), Edge("other", "done", "Done"), Edge("ping", "pong", "Done"), Edge("pong", "ping", "Done")));

        var report = fixture.Validate(json);

        report.IsValid.ShouldBeTrue(string.Join("\n", report.Errors));
        report.Warnings.ShouldNotContain(w => w.Rule == "trap", string.Join("\n", report.Warnings));
    }
}
