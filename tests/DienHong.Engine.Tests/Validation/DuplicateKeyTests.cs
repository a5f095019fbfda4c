using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Validation.Samples;

namespace DienHong.Engine.Tests.Validation;

/// <summary>A key written twice in one object is refused with its path and both lines: which one counts would be a guess.</summary>
public sealed class DuplicateKeyTests(ValidatorFixture fixture) : IClassFixture<ValidatorFixture>
{
    [Fact]
    public void A_duplicated_key_inside_a_node_names_the_node_and_its_path()
    {
        var json = Valid.Replace("\"due\": { \"workingDays\": 5 }", "\"due\": { \"workingDays\": 5 }, \"due\": { \"workingDays\": 50 }", StringComparison.Ordinal);

        var error = fixture.Validate(json).Errors.ShouldHaveSingleItem();

        error.Rule.ShouldBe("duplicate-key");
        error.NodeId.ShouldBe("head-decide");
        error.Line.ShouldBe(8);
        error.Message.ShouldBe("duplicate key 'due' at /nodes/1/due (first on line 8): a key may appear only once in an object");
    }

    [Fact]
    public void The_same_key_in_two_objects_is_not_a_duplicate() => fixture.Validate(Valid).IsValid.ShouldBeTrue();

    [Fact]
    public void The_message_is_vietnamese_in_a_vietnamese_culture()
    {
        var json = Valid.Replace("\"key\": \"salary-step-regular\",", "\"key\": \"salary-step-regular\",\n  \"key\": \"other\",", StringComparison.Ordinal);

        var error = fixture.Validate(json, "vi-VN").Errors.ShouldHaveSingleItem();

        error.Message.ShouldBe("khoá 'key' bị lặp tại /key (lần đầu ở dòng 2): mỗi khoá chỉ được xuất hiện một lần trong một đối tượng");
    }
}
