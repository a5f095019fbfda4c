using System.Globalization;
using System.Reflection;
using DienHong.Engine.Runtime;
using DienHong.Workflows.Activities;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Core;

/// <summary>Every refusal and incident code has its own text in English and in Vietnamese, and is in docs/refusals.md.</summary>
public sealed class MessageCodeTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");

    public static TheoryData<string> Codes() => [.. All().Select(c => c.Value)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void A_code_has_an_English_and_a_Vietnamese_text_and_is_documented(string value)
    {
        var code = All().Single(c => c.Value == value);

        code.Texts.GetString(code.ResourceName, CultureInfo.InvariantCulture).ShouldNotBeNull();
        code.Texts.GetResourceSet(Vietnamese, true, false)!.GetString(code.ResourceName).ShouldNotBeNull();
        File.ReadAllText(Path.Combine(Repository.Root, "docs", "refusals.md")).ShouldContain($"| `{value}` |");
    }

    [Fact]
    public void Codes_are_unique_and_in_the_dotted_form()
    {
        var values = All().Select(c => c.Value).ToList();
        values.ShouldBeUnique();
        values.ShouldAllBe(v => System.Text.RegularExpressions.Regex.IsMatch(v, "^[a-z]+\\.[a-z-]+$"));
    }

    [Fact]
    public void A_refusal_is_worded_in_the_language_asked_for_nested_problems_included()
    {
        var refusal = new Refusal(RefusalCodes.InputInvalid, new RefusalList([
            new Refusal(RefusalCodes.VariableRequired, "employeeId"),
            new Refusal(RefusalCodes.VariableType, "score", "number")]));

        refusal.Message(English).ShouldBe("Invalid start input: the variable 'employeeId' is required; the variable 'score' must be of type number.");
        refusal.Message(Vietnamese).ShouldBe("Dữ liệu khởi tạo không hợp lệ: cần có biến 'employeeId'; biến 'score' phải có kiểu number.");
    }

    private static IEnumerable<MessageCode> All() =>
        new[] { typeof(RefusalCodes), typeof(IncidentCodes), typeof(ActivityRefusals) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(MessageCode))
            .Select(f => (MessageCode)f.GetValue(null)!);
}
