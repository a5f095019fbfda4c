using System.Globalization;
using DienHong.Engine.Expressions;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Sandbox;

/// <summary>
/// An expression's dates are Vietnamese days (ngày theo giờ Việt Nam): from 00:00 to 07:00 in Vietnam the UTC date is
/// still the day before, and every date an expression sees must already be the new Vietnamese day.
/// </summary>
public sealed class SandboxVietnamDayTests
{
    private static readonly ExpressionSandbox Sandbox = new(new ExpressionLimits());

    public static TheoryData<string> NightInVietnam =>
        ["2027-06-30T17:00:00Z", "2027-06-30T20:00:00Z", "2027-06-30T23:59:00Z"];

    [Theory]
    [MemberData(nameof(NightInVietnam))]
    public void Today_is_the_Vietnamese_date_at_night(string utc)
    {
        Evaluate("=today", utc).ShouldBe("2027-07-01");
    }

    [Theory]
    [MemberData(nameof(NightInVietnam))]
    public void Now_reads_the_Vietnamese_date_parts_at_night(string utc)
    {
        Evaluate("=[now.getFullYear(), now.getMonth() + 1, now.getDate()].join('-')", utc).ShouldBe("2027-7-1");
    }

    [Fact]
    public void At_07_00_in_Vietnam_the_UTC_date_and_the_Vietnamese_date_agree()
    {
        Evaluate("=today", "2027-07-01T00:00:00Z").ShouldBe("2027-07-01");
    }

    [Fact]
    public void One_minute_before_midnight_in_Vietnam_is_still_the_day_before()
    {
        Evaluate("=today", "2027-06-30T16:59:00Z").ShouldBe("2027-06-30");
    }

    [Theory]
    [MemberData(nameof(NightInVietnam))]
    public void A_before_30_June_comparison_on_today_sees_the_new_day(string utc)
    {
        Evaluate("=today <= '2027-06-30'", utc).ShouldBe("false");
    }

    [Fact]
    public void A_date_built_from_its_parts_is_midnight_in_Vietnam()
    {
        // salary-step-early sets its quota's lapse with new Date(year, 3, 1): 1 April starts at 00:00 in Vietnam.
        Evaluate("=new Date(2028, 3, 1).toISOString()", "2027-06-30T17:00:00Z").ShouldBe("2028-03-31T17:00:00.000Z");
    }

    private static string? Evaluate(string expression, string utc) =>
        Sandbox.Evaluate(ExpressionCompiler.Compile(expression),
            new ExpressionScope([], null, DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture)))?.ToString();
}
