using System.Text.Json.Nodes;
using DienHong.Workflows.Organization;
using Shouldly;
using Xunit;
using OrganizationModel = DienHong.Workflows.Organization.Organization;

namespace DienHong.Workflows.Tests;

/// <summary>The directory: roles on a day, substitutes acting only inside the absence window, the implicit staff role.</summary>
public sealed class OrganizationDirectoryTests
{
    private static readonly OrganizationDirectory Directory = new(OrganizationJson.Read(SmallOrganization.Json, "small.json"));

    [Theory]
    [InlineData("2027-02-07", "B1")] // the day before the absence
    [InlineData("2027-02-08", "B2")] // the first day
    [InlineData("2027-02-10", "B2")]
    [InlineData("2027-02-12", "B2")] // the last day
    [InlineData("2027-02-13", "B1")] // the day after
    public void A_substitute_acts_during_the_absence_window_only(string day, string acting)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        Directory.InRole("phong", Roles.Head, date).Select(p => p.Id).ShouldBe([acting]);
        Directory.ActingFor("B1", date).ShouldBe(acting);
        Directory.HasRole("B1", "phong", Roles.Head).ShouldBeTrue();
        Directory.HasRole("B2", "phong", Roles.Head).ShouldBeFalse();
    }

    [Fact]
    public void Recorded_substitutions_apply_beside_the_files_and_a_new_set_replaces_the_old()
    {
        var directory = new OrganizationDirectory(OrganizationJson.Read(SmallOrganization.Json, "small.json"));
        var day = new DateOnly(2027, 3, 1);
        directory.ActingFor("B1", day).ShouldBe("B1");

        directory.UseRecorded([new Substitution("B1", "B3", day, day.AddDays(2), "Đi công tác")]);
        directory.InRole("phong", Roles.Head, day).Select(p => p.Id).ShouldBe(["B3"]);
        directory.ActingFor("B1", new DateOnly(2027, 2, 9)).ShouldBe("B2");
        directory.Substitutions.Count.ShouldBe(directory.Organization.Substitutions.Count + 1);

        directory.UseRecorded([]);
        directory.ActingFor("B1", day).ShouldBe("B1");
        directory.Recorded.ShouldBeEmpty();
    }

    [Fact]
    public void A_substitute_who_already_holds_the_role_is_listed_once()
    {
        var organization = OrganizationJson.Read(SmallOrganization.Json, "small.json");
        var both = organization with { Roles = [.. organization.Roles, new RoleAssignment("B1", "phong", Roles.UnionCommittee)] };
        var directory = new OrganizationDirectory(both);

        directory.InRole("phong", Roles.UnionCommittee, new DateOnly(2027, 2, 7)).Select(p => p.Id).ShouldBe(["B2", "B3", "B1"]);
        directory.InRole("phong", Roles.UnionCommittee, new DateOnly(2027, 2, 9)).Select(p => p.Id).ShouldBe(["B2", "B3"]);
    }

    [Fact]
    public void A_person_holds_several_roles_in_several_agencies()
    {
        Directory.RolesOf("B3", "phong").ShouldBe([Roles.Hr, Roles.UnionCommittee, Roles.Staff]);
        Directory.RolesOf("B3", "ubnd").ShouldBe([Roles.Hr, Roles.Accountant]);
        Directory.AssignmentsOf("B3").Count.ShouldBe(5);
        Directory.InRole("ubnd", Roles.Accountant, new DateOnly(2027, 2, 1)).Select(p => p.Id).ShouldBe(["B3"]);
        Directory.HasRole("B3", "ubnd", Roles.Staff).ShouldBeFalse();
    }

    [Fact]
    public void Every_person_of_the_agency_holds_the_staff_role()
    {
        var day = new DateOnly(2027, 2, 9);

        Directory.InRole("phong", Roles.Staff, day).Select(p => p.Id).ShouldBe(["B1", "B2", "B3"]);
        Directory.Staff("phong").Select(p => p.Id).ShouldBe(["B1", "B2", "B3"]);
        Directory.InRole("ubnd", Roles.Staff, day).Select(p => p.Id).ShouldBe(["A1", "A2"]);
        Directory.HasRole("B1", "phong", Roles.Staff).ShouldBeTrue();
        Directory.HasRole("A1", "phong", Roles.Staff).ShouldBeFalse();
    }

    [Fact]
    public void An_explicit_staff_assignment_adds_a_seconded_person()
    {
        var organization = OrganizationJson.Read(SmallOrganization.Json, "small.json");
        var directory = new OrganizationDirectory(organization with { Roles = [.. organization.Roles, new RoleAssignment("A2", "phong", Roles.Staff)] });

        directory.InRole("phong", Roles.Staff, new DateOnly(2027, 2, 1)).Select(p => p.Id).ShouldBe(["B1", "B2", "B3", "A2"]);
        directory.HasRole("A2", "phong", Roles.Staff).ShouldBeTrue();
    }

    [Fact]
    public void Substitutes_follow_a_chain_and_stop_at_a_loop()
    {
        var organization = OrganizationJson.Read(SmallOrganization.Json, "small.json");
        var day = new DateOnly(2027, 2, 9);
        var chained = organization with { Substitutions = [.. organization.Substitutions, new Substitution("B2", "B3", day, day, null)] };
        new OrganizationDirectory(chained).ActingFor("B1", day).ShouldBe("B3");

        var loop = organization with { Substitutions = [.. organization.Substitutions, new Substitution("B2", "B1", day, day, null)] };
        new OrganizationDirectory(loop).ActingFor("B1", day).ShouldBe("B1");
    }

    [Fact]
    public void Look_ups_find_agencies_people_units_and_the_superior_body()
    {
        Directory.FindAgency("phong")!.StaffCount.ShouldBe(3);
        Directory.FindAgency("nowhere").ShouldBeNull();
        Directory.FindPerson("B2")!.StaffType.ShouldBe(StaffType.CivilServant);
        Directory.FindUnit("to-1")!.AgencyId.ShouldBe("phong");
        Directory.Superior("phong")!.Id.ShouldBe("ubnd");
        Directory.Superior("ubnd").ShouldBeNull();
        Directory.Subordinates("ubnd").Select(a => a.Id).ShouldBe(["phong"]);
        Directory.VacantRoles("phong").ShouldBe([Roles.UnionChair, Roles.InspectionBoard, Roles.Accountant, Roles.WorkflowAdmin]);
        Directory.InRole("phong", Roles.InspectionBoard, new DateOnly(2027, 2, 1)).ShouldBeEmpty();
    }

    [Fact]
    public void An_invalid_organisation_built_in_code_is_refused()
    {
        var organization = OrganizationModel.Empty with { People = [new Person("X", "Người Thử", "nowhere", null, StaffType.Worker, null, null, null, null, false, false, null)] };

        Should.Throw<OrganizationFormatException>(() => new OrganizationDirectory(organization, "code"))
            .Message.ShouldBe("code: person 'X': unknown agency 'nowhere'");
    }

    [Fact]
    public void Staff_count_may_be_left_out_and_is_then_computed()
    {
        var tree = SmallOrganization.Tree();
        tree.Agency(0).Remove("staffCount");

        OrganizationJson.Read(tree.ToJsonString(), "small.json").Agencies[0].StaffCount.ShouldBe(2);
        JsonNode.Parse(OrganizationJson.Write(OrganizationJson.Read(tree.ToJsonString(), "small.json")))!["agencies"]![1]!["staffCount"]!.GetValue<int>().ShouldBe(3);
    }
}
