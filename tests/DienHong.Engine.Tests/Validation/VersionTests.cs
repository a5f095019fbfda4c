using DienHong.Engine.Catalog;
using DienHong.Persistence;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Validation.Samples;

namespace DienHong.Engine.Tests.Validation;

/// <summary>A version is a whole number from 1 to 2147483647, written once; nothing else is ever read as version 0 and published.</summary>
public sealed class VersionTests(ValidatorFixture fixture) : IClassFixture<ValidatorFixture>
{
    [Theory]
    [InlineData("2147483648")]
    [InlineData("1e400")]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("1.5")]
    [InlineData("\"1\"")]
    [InlineData("null")]
    public void A_version_that_is_not_a_whole_number_from_1_is_an_error_naming_version(string version)
    {
        var error = fixture.Validate(WithVersion(version)).Errors.ShouldHaveSingleItem();

        error.Rule.ShouldBe("version");
        error.Line.ShouldBe(3);
        error.Message.ShouldBe($"property 'version': {version} is not a version (a whole number from 1 to 2147483647)");
    }

    [Fact]
    public void The_largest_version_is_valid() => fixture.Validate(WithVersion("2147483647")).IsValid.ShouldBeTrue();

    [Fact]
    public void A_duplicated_version_is_an_error_with_both_lines()
    {
        var json = Valid.Replace("\"version\": 1,", "\"version\": 1,\n  \"version\": 2,", StringComparison.Ordinal);

        var error = fixture.Validate(json).Errors.ShouldHaveSingleItem();

        error.Rule.ShouldBe("duplicate-key");
        error.Line.ShouldBe(4);
        error.Column.ShouldBe(3);
        error.Message.ShouldBe("duplicate key 'version' at /version (first on line 3): a key may appear only once in an object");
    }

    [Fact]
    public void A_missing_version_is_an_error_naming_version()
    {
        var errors = fixture.Validate(Valid.Replace("\"version\": 1,", string.Empty, StringComparison.Ordinal)).Errors;

        errors.ShouldHaveSingleItem().Message.ShouldContain("\"version\"");
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("1e400")]
    [InlineData("0")]
    public async Task The_repository_refuses_to_publish_a_file_whose_version_is_not_valid(string version)
    {
        await using var host = await TestHost.CreateAsync();

        var refused = await Should.ThrowAsync<DefinitionRejectedException>(() => host.Definitions.ImportPublishedAsync(WithVersion(version)));

        refused.Report.Errors.ShouldContain(e => e.Rule == "version");
        (await host.Definitions.ListAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_repository_refuses_a_duplicated_version()
    {
        await using var host = await TestHost.CreateAsync();
        var json = Valid.Replace("\"version\": 1,", "\"version\": 1, \"version\": 0,", StringComparison.Ordinal);

        var refused = await Should.ThrowAsync<DefinitionRejectedException>(() => host.Definitions.ImportPublishedAsync(json));

        refused.Report.Errors.ShouldContain(e => e.Rule == "duplicate-key");
        (await host.Definitions.ListAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_draft_gets_its_version_from_the_repository_whatever_it_says()
    {
        await using var host = await TestHost.CreateAsync();

        var draft = await host.Definitions.SaveDraftAsync(WithVersion("1e400"), "tester");
        var published = await host.Definitions.PublishAsync(draft.Key, draft.Version, "tester");

        draft.Version.ShouldBe(1);
        System.Text.Json.JsonDocument.Parse(draft.Json).RootElement.GetProperty("version").GetInt32().ShouldBe(1);
        published.Version.ShouldBe(1);
    }

    [Theory]
    [InlineData("\"version\": 1, \"version\": 2,", "duplicate-key")]
    [InlineData("\"version\": 1, \"version\"", "json")]
    public async Task An_unreadable_draft_is_refused_and_nothing_is_saved(string versionLine, string rule)
    {
        await using var host = await TestHost.CreateAsync();
        var json = Valid.Replace("\"version\": 1,", versionLine, StringComparison.Ordinal);

        var refused = await Should.ThrowAsync<DefinitionRejectedException>(() => host.Definitions.SaveDraftAsync(json, "tester"));

        refused.Report.Errors.ShouldHaveSingleItem().Rule.ShouldBe(rule);
        (await host.Definitions.ListAsync()).ShouldBeEmpty();
    }

    private static string WithVersion(string version) => Valid.Replace("\"version\": 1,", $"\"version\": {version},", StringComparison.Ordinal);
}
