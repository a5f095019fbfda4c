using System.Text;
using DienHong.Engine.Definitions;
using DienHong.Engine.Validation;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;
using static DienHong.Engine.Tests.Validation.Samples;

namespace DienHong.Engine.Tests.Validation;

/// <summary>Inputs have limits, each refused with a clear message; a huge or endless file is never loaded.</summary>
public sealed class InputLimitTests(ValidatorFixture fixture) : IClassFixture<ValidatorFixture>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dienhong-limits").FullName;

    [Fact]
    public void An_endless_file_is_refused_after_reading_one_byte_past_the_limit()
    {
        // File.ReadAllText would never return on /dev/zero.
        var error = fixture.Validator.ValidateFile("/dev/zero").Errors.ShouldHaveSingleItem();

        error.Rule.ShouldBe("limit-size");
        error.ToString().ShouldBe("/dev/zero: the file is larger than 1048576 bytes, the size limit of a definition");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_and_one_at_the_limit_is_read()
    {
        var limit = fixture.Validator.Limits.MaxFileBytes;
        var over = Write("over.workflow.json", Valid + new string(' ', limit - Encoding.UTF8.GetByteCount(Valid) + 1));
        var at = Write("at.workflow.json", Valid + new string(' ', limit - Encoding.UTF8.GetByteCount(Valid)));

        fixture.Validator.ValidateFile(over).Errors.ShouldHaveSingleItem().Rule.ShouldBe("limit-size");
        fixture.Validator.ValidateFile(at).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void A_text_over_the_size_limit_is_refused_too() =>
        fixture.Validate(Valid + new string(' ', fixture.Validator.Limits.MaxFileBytes)).Errors.ShouldHaveSingleItem().Rule.ShouldBe("limit-size");

    [Fact]
    public void Invalid_utf8_is_refused_with_its_byte_offset_line_and_column()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid.Replace("\"en\": \"Salary step\"", "\"en\": \"Salary \u00e9X\"", StringComparison.Ordinal)).ToList();
        var at = bytes.IndexOf((byte)'X');
        bytes[at] = 0xC3; // a lead byte followed by '"', not a continuation byte
        var file = Path.Combine(folder, "latin.workflow.json");
        File.WriteAllBytes(file, [.. bytes]);

        var error = fixture.Validator.ValidateFile(file).Errors.ShouldHaveSingleItem();

        error.Rule.ShouldBe("utf8");
        error.Line.ShouldBe(4);
        var column = Valid.Split('\n')[3].IndexOf("step", StringComparison.Ordinal) + 2; // after "é", where "s" was
        error.Column.ShouldBe(column);
        error.Message.ShouldBe($"the file is not UTF-8: invalid byte sequence at byte {at} (line 4, column {column})");
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var file = Path.Combine(folder, "bom.workflow.json");
        File.WriteAllBytes(file, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Valid)]);

        fixture.Validator.ValidateFile(file).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_at_its_line()
    {
        var json = Valid.Replace("\"variables\":", $"\n\"layout\": {{ \"start\": {{ \"x\": {new string('[', 40)}{new string(']', 40)} }} }},\n  \"variables\":", StringComparison.Ordinal);

        var error = fixture.Validate(json).Errors.ShouldHaveSingleItem();

        error.Rule.ShouldBe("limit-depth");
        error.Line.ShouldBe(6);
        error.Message.ShouldBe("objects and lists are nested more than 32 levels deep, the limit of a definition");
    }

    [Fact]
    public void Names_strings_and_expressions_over_their_limits_are_named_by_their_path()
    {
        var json = Valid
            .Replace("\"key\": \"salary-step-regular\"", $"\"key\": \"{new string('k', 101)}\"", StringComparison.Ordinal)
            .Replace("\"en\": \"Salary step\"", $"\"en\": \"{new string('s', 10_001)}\"", StringComparison.Ordinal)
            .Replace("\"=vars.score >= 80\"", $"\"=vars.score >= 80{new string(' ', 2_000)}\"", StringComparison.Ordinal);

        var errors = fixture.Validate(json).Errors.Where(e => e.Rule.StartsWith("limit-", StringComparison.Ordinal)).ToList();

        errors.Select(e => (e.Rule, e.Message)).ShouldBe(
        [
            ("limit-name", "the name at /key is 101 characters long; the limit is 100"),
            ("limit-string", "the text at /name/en is 10001 characters long; the limit is 10000"),
            ("limit-expression", "the expression at /nodes/2/condition is 2017 characters long; the limit is 2000"),
        ]);
        errors[2].NodeId.ShouldBe("check");
    }

    [Fact]
    public void A_property_name_over_the_limit_is_refused()
    {
        var name = new string('p', 101);

        var errors = fixture.Validate(Valid.Replace("\"version\": 1,", $"\"version\": 1, \"{name}\": 1,", StringComparison.Ordinal)).Errors;

        errors.ShouldContain(e => e.Rule == "limit-name" && e.Message == $"the name at /{name} is 101 characters long; the limit is 100");
    }

    [Fact]
    public async Task Too_many_nodes_or_edges_stop_the_check_with_one_error_each()
    {
        await using var host = await TestHost.CreateAsync(o => o.DefinitionLimits = new DefinitionLimits { MaxNodes = 4, MaxEdges = 5 });

        var errors = host.Get<DefinitionValidator>().Validate("big.workflow.json", Valid).Errors;

        errors.Select(e => (e.Rule, e.Message)).ShouldBe(
        [
            ("limit-count", "the definition has 5 nodes; the limit is 4"),
            ("limit-count", "the definition has 6 edges; the limit is 5"),
        ]);
    }

    [Fact]
    public async Task The_limits_are_the_host_s_to_set()
    {
        await using var host = await TestHost.CreateAsync(o => o.DefinitionLimits = new DefinitionLimits { MaxFileBytes = 100 });

        host.Get<DefinitionValidator>().Validate("small.workflow.json", Valid).Errors.ShouldHaveSingleItem().Message
            .ShouldBe("the file is larger than 100 bytes, the size limit of a definition");
    }

    [Fact]
    public void A_reader_with_no_limits_still_reads_what_was_published_under_larger_ones()
    {
        var json = Workflow("long", Node("start", "Start"), string.Empty).Replace("\"long\" }", $"\"{new string('l', 20_000)}\" }}", StringComparison.Ordinal);

        DefinitionReader.Read(json, out var lines).Key.ShouldBe("long");
        lines.Issues.ShouldBeEmpty();
    }

    public void Dispose() => Directory.Delete(folder, true);

    private string Write(string name, string text)
    {
        var file = Path.Combine(folder, name);
        File.WriteAllText(file, text);
        return file;
    }
}
