using DienHong.Workflows.Organization;
using Shouldly;
using Xunit;
using OrganizationModel = DienHong.Workflows.Organization.Organization;

namespace DienHong.Workflows.Tests;

/// <summary>The Châu Thành demo (samples/chau-thanh/organization.json) loads and is a realistic, complete organisation.</summary>
public sealed class SampleOrganizationTests
{
    /// <summary>Months between regular steps by grade code (TT 08/2013 Art. 2.1.a): 24 for intermediate-level grades (type B), else 36.</summary>
    private static readonly HashSet<string> IntermediateGrades = ["01.005", "02.008", "06.032", "V.08.05.13", "V.08.03.07", "V.10.02.07"];

    private static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "samples", "chau-thanh", "organization.json");

    private static readonly OrganizationDirectory Directory = OrganizationDirectory.Load(SamplePath);

    private static OrganizationModel Sample => Directory.Organization;

    [Fact]
    public void The_demo_loads_with_the_district_committee_over_its_agencies()
    {
        Sample.People.Count.ShouldBeGreaterThanOrEqualTo(60);
        Sample.Agencies.Count(a => a.SuperiorId is not null).ShouldBeGreaterThanOrEqualTo(6);
        Directory.Subordinates("ubnd-huyen").Count.ShouldBeGreaterThanOrEqualTo(6);
        Directory.FindAgency("ubnd-huyen")!.Name.Vi.ShouldBe("Ủy ban nhân dân huyện Châu Thành");
        Directory.FindAgency("phong-noi-vu").ShouldNotBeNull();
        Sample.Agencies.Select(a => a.Kind).Distinct().Order().ShouldBe([AgencyKinds.Administrative, AgencyKinds.PublicService]);
    }

    [Fact]
    public void Every_role_is_filled_in_every_agency()
    {
        foreach (var agency in Sample.Agencies)
        {
            Directory.VacantRoles(agency.Id).ShouldBeEmpty($"agency {agency.Id}");
            Directory.Staff(agency.Id).Count.ShouldBe(agency.StaffCount);
            Directory.Holders(agency.Id, Roles.UnionCommittee).Count.ShouldBeGreaterThanOrEqualTo(3, $"agency {agency.Id}");
            if (agency.StaffCount > 7)
            {
                Directory.Holders(agency.Id, Roles.InspectionBoard).Count.ShouldBeGreaterThanOrEqualTo(3, $"agency {agency.Id}");
            }

            // The People's Inspection Board supervises the head: no head or deputy sits on it.
            Directory.Holders(agency.Id, Roles.InspectionBoard)
                .ShouldNotContain(p => Directory.HasRole(p.Id, agency.Id, Roles.Head) || Directory.HasRole(p.Id, agency.Id, Roles.Deputy));
        }
    }

    [Fact]
    public void The_people_are_a_realistic_mix()
    {
        Sample.People.Select(p => p.StaffType).Distinct().Count().ShouldBe(4);
        Sample.People.Count(p => p.IsManager).ShouldBeInRange(10, 30);
        Sample.People.Count(p => p.IsUnionMember).ShouldBeGreaterThan(Sample.People.Count * 3 / 4);
        Sample.People.Count(p => p.IsUnionMember).ShouldBeLessThan(Sample.People.Count);
        Sample.People.Where(p => p.Email is not null).ShouldAllBe(p => p.Email!.EndsWith("@chauthanh.example.vn", StringComparison.Ordinal));
        Sample.People.Select(p => p.Email).Where(e => e is not null).ShouldBeUnique();
        Sample.People.Where(p => p.AgencyId == "thcs-chau-thanh" && p.StaffType != StaffType.Worker).ShouldAllBe(p => p.StaffType == StaffType.PublicEmployee);
        Directory.FindPerson("E0142")!.AgencyId.ShouldBe("phong-noi-vu");
    }

    [Fact]
    public void Some_people_are_due_a_regular_step_increase_in_2027()
    {
        var due = Sample.People
            .Where(p => p is { LastStepDate: not null, SalaryGrade: not null })
            .Select(p => (p.Id, Due: p.LastStepDate!.Value.AddMonths(IntermediateGrades.Contains(p.SalaryGrade!) ? 24 : 36)))
            .Where(x => x.Due.Year == 2027)
            .ToList();

        due.Count.ShouldBeGreaterThanOrEqualTo(10);
        due.ShouldContain(("E0142", new DateOnly(2027, 2, 1)));
        due.ShouldContain(x => IntermediateGrades.Contains(Directory.FindPerson(x.Id)!.SalaryGrade!));
    }

    [Fact]
    public void Several_people_hold_roles_in_several_agencies()
    {
        Directory.AssignmentsOf("E0106").Select(r => r.AgencyId).Distinct().Count().ShouldBe(3);
        Directory.RolesOf("E0106", "phong-noi-vu").ShouldBe([Roles.Accountant]);
        Directory.RolesOf("E0102", "ubnd-huyen").ShouldBe([Roles.UnionChair, Roles.UnionCommittee]);
    }

    [Fact]
    public void The_head_of_home_affairs_is_replaced_by_the_deputy_while_away()
    {
        Directory.InRole("phong-noi-vu", Roles.Head, new DateOnly(2027, 2, 5)).Select(p => p.Id).ShouldBe(["E0141"]);
        Directory.InRole("phong-noi-vu", Roles.Head, new DateOnly(2027, 2, 8)).Select(p => p.Id).ShouldBe(["E0143"]);
        Directory.InRole("phong-noi-vu", Roles.Head, new DateOnly(2027, 2, 12)).Select(p => p.Id).ShouldBe(["E0143"]);
        Directory.InRole("phong-noi-vu", Roles.Head, new DateOnly(2027, 2, 15)).Select(p => p.Id).ShouldBe(["E0141"]);
    }

    [Fact]
    public void The_file_is_exactly_what_the_writer_gives()
    {
        OrganizationJson.Write(Sample).ShouldBe(File.ReadAllText(SamplePath));
    }

    [Fact]
    public void A_round_trip_gives_an_equal_organisation()
    {
        var again = OrganizationJson.Read(OrganizationJson.Write(Sample), "again.json");

        again.ShouldBe(Sample);
        again.People.ShouldBe(Sample.People);
    }
}
