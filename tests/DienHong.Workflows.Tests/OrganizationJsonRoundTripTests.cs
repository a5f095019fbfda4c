using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Workflows.Organization;
using Shouldly;
using Xunit;
using OrganizationModel = DienHong.Workflows.Organization.Organization;

namespace DienHong.Workflows.Tests;

/// <summary>Export then import gives the same organisation; the written format is camelCase with yyyy-MM-dd dates.</summary>
public sealed class OrganizationJsonRoundTripTests
{
    [Fact]
    public void Export_then_import_is_equal()
    {
        var organization = OrganizationJson.Read(SmallOrganization.Json, "small.json");

        var written = OrganizationJson.Write(organization);
        var again = OrganizationJson.Read(written, "written.json");

        again.ShouldBe(organization);
        OrganizationJson.Write(again).ShouldBe(written);
    }

    [Fact]
    public void A_model_built_in_code_round_trips_whatever_the_order_of_its_lists()
    {
        var organization = new OrganizationModel(
            new LocalizedText("Thử", "Test"),
            [new Agency("a", new LocalizedText("Cơ quan A"), null, AgencyKinds.PublicService, 1), new Agency("b", new LocalizedText("Đơn vị B", "Unit B"), "a", AgencyKinds.Administrative, 1)],
            [new OrgUnit("u-b", "b", new LocalizedText("Tổ B")), new OrgUnit("u-a", "a", new LocalizedText("Tổ A"))],
            [
                new Person("P1", "Nguyễn Văn Thử", "a", "u-a", StaffType.PublicEmployee, "Giáo viên", "V.07.04.32", 3, new DateOnly(2024, 9, 1), false, true, "thunv@example.vn"),
                new Person("P2", "Trần Thị Mẫu", "b", null, StaffType.Official, null, null, null, null, true, false, null),
            ],
            [new RoleAssignment("P2", "b", Roles.Head), new RoleAssignment("P1", "a", Roles.Head), new RoleAssignment("P2", "a", Roles.Deputy)],
            [new Substitution("P1", "P2", new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 4), null)]);

        OrganizationJson.Read(OrganizationJson.Write(organization), "code.json").ShouldBe(organization);
    }

    [Fact]
    public void The_written_format_uses_camel_case_names_and_plain_dates()
    {
        var written = JsonNode.Parse(OrganizationJson.Write(OrganizationJson.Read(SmallOrganization.Json, "small.json")))!;

        written["people"]![3]!["staffType"]!.GetValue<string>().ShouldBe("civilServant"); // read from "công chức"
        written["people"]![2]!["lastStepDate"]!.GetValue<string>().ShouldBe("2024-03-01");
        written["people"]![0]!["isManager"]!.GetValue<bool>().ShouldBeTrue();
        written["agencies"]![1]!["name"]!.GetValue<string>().ShouldBe("Phòng Nội vụ");
        written["agencies"]![0]!["name"]!["en"]!.GetValue<string>().ShouldBe("District People's Committee");
        written["agencies"]![1]!["roles"]!["union-committee"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(["B2", "B3"]);
        written["substitutions"]![0]!["from"]!.GetValue<string>().ShouldBe("2027-02-08");
        OrganizationJson.Write(OrganizationJson.Read(SmallOrganization.Json, "small.json")).ShouldContain("\"Phòng Nội vụ\""); // not \u-escaped
    }

    [Theory]
    [InlineData("official", StaffType.Official)]
    [InlineData("civilServant", StaffType.CivilServant)]
    [InlineData("publicEmployee", StaffType.PublicEmployee)]
    [InlineData("worker", StaffType.Worker)]
    [InlineData("cán bộ", StaffType.Official)]
    [InlineData("viên chức", StaffType.PublicEmployee)]
    [InlineData("nguoi-lao-dong", StaffType.Worker)]
    public void Staff_types_read_from_english_or_vietnamese_names(string name, StaffType type)
    {
        var tree = SmallOrganization.Tree();
        tree.Person(4)["staffType"] = name;

        OrganizationJson.Read(tree.ToJsonString(), "small.json").People[4].StaffType.ShouldBe(type);
    }
}
