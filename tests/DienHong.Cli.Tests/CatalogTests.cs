using Shouldly;
using Xunit;

namespace DienHong.Cli.Tests;

/// <summary>The regulation catalog: every definition validates, carries its legal basis, and has its scenarios and page.</summary>
public sealed class CatalogTests
{
    private static readonly string Definitions = Path.Combine(Cli.Root, "workflows", "definitions");

    public static TheoryData<string> CatalogDefinitions()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Definitions, "*.workflow.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void The_catalog_has_the_eleven_regulation_workflows()
    {
        var keys = Directory.GetFiles(Definitions, "*.workflow.json").Select(f => Path.GetFileName(f).Replace(".workflow.json", string.Empty, StringComparison.Ordinal));
        keys.Order(StringComparer.Ordinal).ShouldBe(
        [
            "annual-rewards", "annual-staff-conference", "discipline", "information-request", "internal-regulation", "leadership-appointment", "recruitment",
            "salary-step-early", "salary-step-regular", "staff-petition", "training-needs-review",
        ]);
    }

    [Theory]
    [MemberData(nameof(CatalogDefinitions))]
    public async Task Each_definition_validates_and_has_a_legal_basis_scenarios_and_a_page(string name)
    {
        var run = await Cli.RunAsync("validate", Path.Combine(Definitions, name), "--json");

        run.Exit.ShouldBe(0, run.Out);
        var key = name.Replace(".workflow.json", string.Empty, StringComparison.Ordinal);
        using var definition = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Definitions, name)));
        definition.RootElement.GetProperty("legalBasis").GetArrayLength().ShouldBeGreaterThan(0);
        Directory.GetFiles(Cli.Samples("scenarios"), key + ".*.scenario.json").Length.ShouldBeGreaterThanOrEqualTo(3);
        File.Exists(Path.Combine(Cli.Root, "workflows", "docs", key + ".md")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("information-request")]
    [InlineData("internal-regulation")]
    [InlineData("leadership-appointment")]
    [InlineData("staff-petition")]
    public async Task The_workflows_added_for_the_seed_validate_without_a_warning(string key)
    {
        var run = await Cli.RunAsync("validate", Path.Combine(Definitions, key + ".workflow.json"), "--json");

        run.Exit.ShouldBe(0, run.Out);
        var file = run.Json().GetProperty("files")[0];
        file.GetProperty("errors").GetArrayLength().ShouldBe(0, run.Out);
        file.GetProperty("warnings").GetArrayLength().ShouldBe(0, run.Out);
    }
}
