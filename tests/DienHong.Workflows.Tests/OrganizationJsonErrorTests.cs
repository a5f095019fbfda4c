using System.Text.Json.Nodes;
using DienHong.Workflows.Organization;
using Shouldly;
using Xunit;

namespace DienHong.Workflows.Tests;

/// <summary>Every malformed organisation file is refused with a message naming the file and the problem.</summary>
public sealed class OrganizationJsonErrorTests
{
    private const string File = "bad-organization.json";

    public static TheoryData<string, string> Cases() => new()
    {
        { "unknown-superior", "agency 'phong': unknown superior agency 'tinh'" },
        { "unknown-agency", "person 'B3': unknown agency 'phong-x'" },
        { "no-agency", "person 'B3': no agency (agencyId is required)" },
        { "duplicate-person", "duplicate person id 'B2'" },
        { "duplicate-agency", "duplicate agency id 'ubnd'" },
        { "unknown-role", "agency 'phong': unknown role 'chief'; the roles are head, deputy" },
        { "unknown-holder", "agency 'phong', role 'head': unknown person 'Z9'" },
        { "substitution-backwards", "substitution of 'B1' 2027-02-12..2027-02-08: to (2027-02-08) is before from (2027-02-12)" },
        { "substitution-unknown", "substitution of 'B1' 2027-02-08..2027-02-12: unknown substitute 'Z9'" },
        { "substitution-self", "a person cannot substitute for themselves" },
        { "substitution-overlap", "person 'B1': substitutions 2027-02-08..2027-02-12 and 2027-02-10..2027-02-20 overlap" },
        { "bad-date", "person 'B1': lastStepDate: '01/03/2024' is not a date (yyyy-MM-dd)" },
        { "bad-staff-type", "person 'B3': unknown staffType 'contractor'; one of official, civilServant, publicEmployee, worker" },
        { "staff-count", "agency 'ubnd': staffCount is 5 but 2 people are listed with agencyId 'ubnd'" },
        { "unknown-kind", "agency 'phong': unknown kind 'ministry'" },
        { "unknown-unit", "person 'B2': unknown unit 'to-9'" },
        { "unit-of-other-agency", "person 'A1': unit 'to-1' belongs to agency 'phong', not 'ubnd'" },
        { "superior-cycle", "its superior bodies form a cycle" },
        { "unknown-property", "line 1: unknown property 'people[0].nickname'" },
        { "wrong-type", "line 1: 'people[0].salaryStep' has the wrong type" },
        { "missing-name", "agency 'phong': missing name" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_malformed_file_is_refused_naming_the_file_and_the_problem(string change, string problem)
    {
        var tree = SmallOrganization.Tree();
        Break(tree, change);

        var error = Should.Throw<OrganizationFormatException>(() => OrganizationJson.Read(tree.ToJsonString(), File));

        error.FileName.ShouldBe(File);
        error.Message.ShouldContain($"{File}: ");
        error.Message.ShouldContain(problem);
    }

    [Fact]
    public void Malformed_json_gives_the_line_and_column()
    {
        var error = Should.Throw<OrganizationFormatException>(() => OrganizationJson.Read("{\n  \"agencies\": [\n    { \"id\": \"x\", }\n  ],,\n}", File));

        error.Message.ShouldStartWith($"{File}: malformed JSON at line 4");
    }

    [Fact]
    public void Every_problem_is_reported_on_its_own_line()
    {
        var tree = SmallOrganization.Tree();
        Break(tree, "unknown-agency");
        Break(tree, "substitution-backwards");

        var error = Should.Throw<OrganizationFormatException>(() => OrganizationJson.Read(tree.ToJsonString(), File));

        error.Problems.ShouldBe([
            "person 'B3': unknown agency 'phong-x'",
            "person 'B3': unit 'to-1' belongs to agency 'phong', not 'phong-x'",
            "substitution of 'B1' 2027-02-12..2027-02-08: to (2027-02-08) is before from (2027-02-12)",
        ]);
        error.Message.Split(Environment.NewLine).ShouldAllBe(line => line.StartsWith(File + ": ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Should.Throw<OrganizationFormatException>(() => OrganizationJson.Read("null", File)).Message.ShouldContain($"{File}: the file holds no organisation");
        Should.Throw<OrganizationFormatException>(() => OrganizationJson.Read("{}", File)).Message.ShouldContain($"{File}: no 'agencies' list");
    }

    [Fact]
    public void A_key_given_twice_is_refused_with_its_line()
    {
        var error = Should.Throw<OrganizationFormatException>(() => OrganizationJson.Read("{\n  \"agencies\": [],\n  \"people\": [],\n  \"agencies\": []\n}", File));

        error.Problems.ShouldBe(["line 4: the key 'agencies' appears twice"]);
    }

    [Fact]
    public void An_empty_or_unreadable_file_is_refused_naming_it()
    {
        Should.Throw<OrganizationFormatException>(() => OrganizationJson.Read("  \n", File)).Message.ShouldBe($"{File}: the file is empty");
        var folder = Directory.CreateTempSubdirectory("dienhong-org-").FullName;
        try
        {
            Should.Throw<OrganizationFormatException>(() => OrganizationJson.ReadFile(folder)).Message.ShouldStartWith($"{Path.GetFileName(folder)}: cannot be read (");
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    [Fact]
    public void Problems_are_told_in_the_current_ui_language()
    {
        var tree = SmallOrganization.Tree();
        Break(tree, "unknown-agency");
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("vi");
        try
        {
            Should.Throw<OrganizationFormatException>(() => OrganizationJson.Read(tree.ToJsonString(), File))
                .Problems[0].ShouldBe("người 'B3': không có cơ quan 'phong-x'");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }

    private static void Break(JsonObject tree, string change)
    {
        switch (change)
        {
            case "unknown-superior": tree.Agency(1)["superiorId"] = "tinh"; break;
            case "unknown-agency": tree.Person(4)["agencyId"] = "phong-x"; break;
            case "wrong-type": tree.Person(0)["salaryStep"] = "three"; break;
            case "no-agency": tree.Person(4).Remove("agencyId"); break;
            case "duplicate-person": tree.Person(4)["id"] = "B2"; break;
            case "duplicate-agency": tree.Agency(1)["id"] = "ubnd"; break;
            case "unknown-role": tree.Agency(1)["roles"]!["chief"] = new JsonArray("B1"); break;
            case "unknown-holder": tree.Agency(1)["roles"]!["head"] = new JsonArray("Z9"); break;
            case "substitution-backwards": tree.Substitution(0)["from"] = "2027-02-12"; tree.Substitution(0)["to"] = "2027-02-08"; break;
            case "substitution-unknown": tree.Substitution(0)["substituteId"] = "Z9"; break;
            case "substitution-self": tree.Substitution(0)["substituteId"] = "B1"; break;
            case "substitution-overlap":
                tree["substitutions"]!.AsArray().Add(new JsonObject { ["personId"] = "B1", ["substituteId"] = "B3", ["from"] = "2027-02-10", ["to"] = "2027-02-20" });
                break;
            case "bad-date": tree.Person(2)["lastStepDate"] = "01/03/2024"; break;
            case "bad-staff-type": tree.Person(4)["staffType"] = "contractor"; break;
            case "staff-count": tree.Agency(0)["staffCount"] = 5; break;
            case "unknown-kind": tree.Agency(1)["kind"] = "ministry"; break;
            case "unknown-unit": tree.Person(3)["unitId"] = "to-9"; break;
            case "unit-of-other-agency": tree.Person(0)["unitId"] = "to-1"; break;
            case "superior-cycle": tree.Agency(0)["superiorId"] = "phong"; break;
            case "unknown-property": tree.Person(0)["nickname"] = "Một"; break;
            case "missing-name": tree.Agency(1).Remove("name"); break;
            default: throw new ArgumentOutOfRangeException(nameof(change), change, null);
        }
    }
}
