using DienHong.Engine.Validation;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Validation;

/// <summary>The closest known name is suggested only when it is plausible.</summary>
public sealed class NameSuggestionTests
{
    private static readonly string[] Known = ["assignee", "outcomes", "due", "reminders", "escalation", "form", "resultVariable", "to"];

    [Theory]
    [InlineData("escalaton", "escalation")] // a letter left out
    [InlineData("escalaiton", "escalation")] // two neighbours swapped
    [InlineData("Due", "due")] // case
    [InlineData("dua", "due")] // one letter replaced
    [InlineData("reminder", "reminders")]
    [InlineData("assign", "assignee")] // a prefix
    [InlineData("resultVar", "resultVariable")]
    public void A_close_name_is_suggested(string name, string expected) => NameSuggestion.Closest(name, Known).ShouldBe(expected);

    [Theory]
    [InlineData("colour")]
    [InlineData("x")] // two edits from "to", but that would be most of the name
    [InlineData("deadline")]
    [InlineData("as")] // a prefix, but too short to mean anything
    public void A_far_name_gets_no_suggestion(string name) => NameSuggestion.Closest(name, Known).ShouldBeNull();

    [Fact]
    public void A_huge_name_is_not_measured_against_short_ones() =>
        NameSuggestion.Closest(new string('a', 1_000_000), Known).ShouldBeNull();
}
