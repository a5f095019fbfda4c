using Shouldly;
using Xunit;

namespace DienHong.Calendar.Tests;

/// <summary>
/// Dates written without an offset (in definitions, expressions, inputs, scenarios) are Vietnam time. Between 00:00
/// and 07:00 in Hà Nội the UTC date is still the day before, so reading them as UTC would move them to another day.
/// </summary>
public sealed class LocalTimeTests
{
    private static readonly TimeZoneInfo Vietnam = WorkingCalendar.VietnamTimeZone;

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(7)]
    public void A_time_without_an_offset_is_Vietnam_time_even_before_7_in_the_morning(int hour)
    {
        LocalTime.TryParse($"2027-02-02T{hour:00}:30:00", Vietnam, out var instant).ShouldBeTrue();

        instant.ShouldBe(new DateTimeOffset(2027, 2, 2, hour, 30, 0, TimeSpan.FromHours(7)));
        instant.UtcDateTime.Day.ShouldBe(hour < 7 ? 1 : 2);
    }

    [Fact]
    public void A_bare_date_is_its_midnight_in_Vietnam()
    {
        LocalTime.TryParse("2027-02-02", Vietnam, out var instant).ShouldBeTrue();

        instant.ShouldBe(new DateTimeOffset(2027, 2, 2, 0, 0, 0, TimeSpan.FromHours(7)));
    }

    [Theory]
    [InlineData("2027-02-02T03:00:00Z", 3, 0)]
    [InlineData("2027-02-02T03:00:00+09:00", 3, 9)]
    public void A_time_with_an_offset_is_taken_as_written(string text, int hour, int offset)
    {
        LocalTime.TryParse(text, Vietnam, out var instant).ShouldBeTrue();

        instant.ShouldBe(new DateTimeOffset(2027, 2, 2, hour, 0, 0, TimeSpan.FromHours(offset)));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_time(string? text) => LocalTime.TryParse(text, Vietnam, out _).ShouldBeFalse();
}
