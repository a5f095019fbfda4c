using System.Security.Claims;
using DienHong.Web.Security;
using DienHong.Workflows.Organization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace DienHong.Web.Tests;

/// <summary>Who the signed-in person is and where they may act, resolved from the organisation; and the policies on it.</summary>
public sealed class CurrentPersonTests
{
    private static readonly DateOnly Ordinary = new(2027, 1, 11);

    // E0141 (head of phong-noi-vu) is away 8-12 February 2027 and E0143 acts for them.
    private static readonly DateOnly HeadAway = new(2027, 2, 9);

    [Fact]
    public void Anonymous_is_nobody()
    {
        var access = Demo.Current(Ordinary).Resolve(new ClaimsPrincipal(new ClaimsIdentity()));
        access.IsSignedIn.ShouldBeFalse();
        access.Agencies.ShouldBeEmpty();
    }

    [Fact]
    public void A_person_with_roles_in_several_agencies_gets_each_with_its_roles_home_first()
    {
        var access = Demo.Current(Ordinary).Resolve(Demo.Person("E0102"));
        access.Person!.FullName.ShouldBe("Huỳnh Thị Mỹ Dung");
        access.Agencies.Select(a => a.Agency.Id).ShouldBe(["van-phong", "ubnd-huyen"]);
        access.In("van-phong")!.Roles.ShouldBe([Roles.Deputy, Roles.UnionChair, Roles.UnionCommittee, Roles.Staff]);
        access.In("ubnd-huyen")!.Roles.ShouldBe([Roles.UnionChair, Roles.UnionCommittee]);
        access.InAgency("phong-noi-vu").ShouldBeFalse();
        access.HomeAgency!.Agency.Id.ShouldBe("van-phong");
    }

    [Fact]
    public void A_substitute_acts_in_the_absent_holders_roles_only_while_they_are_away()
    {
        var away = Demo.Current(HeadAway).Resolve(Demo.Person("E0143"));
        away.HasRole("phong-noi-vu", Roles.Head).ShouldBeTrue();
        away.In("phong-noi-vu")!.Acting.ShouldContain(new ActingRole(Roles.Head, "E0141"));
        away.In("phong-noi-vu")!.Roles.ShouldNotContain(Roles.Head);

        var back = Demo.Current(Ordinary).Resolve(Demo.Person("E0143"));
        back.HasRole("phong-noi-vu", Roles.Head).ShouldBeFalse();
        back.In("phong-noi-vu")!.Acting.ShouldBeEmpty();
    }

    [Fact]
    public void An_administration_account_has_no_person_and_no_agency()
    {
        var access = Demo.Current(Ordinary).Resolve(Demo.Admin("system-admin"));
        access.IsSignedIn.ShouldBeTrue();
        access.Person.ShouldBeNull();
        access.Agencies.ShouldBeEmpty();
        access.IsSystemAdmin.ShouldBeTrue();
        access.IsWorkflowAdmin.ShouldBeFalse();
    }

    [Fact]
    public void An_account_whose_person_left_the_organisation_has_no_agency()
    {
        var access = Demo.Current(Ordinary).Resolve(Demo.Person("E9999"));
        access.Person.ShouldBeNull();
        access.Agencies.ShouldBeEmpty();
    }

    [Fact]
    public async Task Policies_decide_on_the_resolved_person()
    {
        var authorization = Authorization(HeadAway);
        async Task<bool> Allowed(ClaimsPrincipal user, AuthorizationPolicy policy) => (await authorization.AuthorizeAsync(user, policy)).Succeeded;

        (await Allowed(Demo.Person("E0105"), Policies.InAgency("van-phong"))).ShouldBeTrue();
        (await Allowed(Demo.Person("E0105"), Policies.InAgency("phong-noi-vu"))).ShouldBeFalse();
        (await Allowed(Demo.Person("E0143"), Policies.HasRole("phong-noi-vu", Roles.Head))).ShouldBeTrue();
        (await Allowed(Demo.Person("E0105"), Policies.HasRole("van-phong", Roles.Head))).ShouldBeFalse();
        (await Allowed(new ClaimsPrincipal(new ClaimsIdentity()), Policies.InAgency("van-phong"))).ShouldBeFalse();
    }

    [Fact]
    public async Task Workflow_administration_reaches_down_to_subordinate_agencies_and_the_app_role_everywhere()
    {
        var authorization = Authorization(Ordinary);
        async Task<bool> Admin(ClaimsPrincipal user, string? agency) => (await authorization.AuthorizeAsync(user, Policies.WorkflowAdmin(agency))).Succeeded;

        // E0108 administers workflows at ubnd-huyen, the superior body of phong-noi-vu; E0146 at phong-noi-vu only.
        (await Admin(Demo.Person("E0108"), "phong-noi-vu")).ShouldBeTrue();
        (await Admin(Demo.Person("E0146"), "phong-noi-vu")).ShouldBeTrue();
        (await Admin(Demo.Person("E0146"), "van-phong")).ShouldBeFalse();
        (await Admin(Demo.Person("E0146"), null)).ShouldBeTrue();
        (await Admin(Demo.Person("E0101"), null)).ShouldBeFalse();
        (await Admin(Demo.Admin("workflow-admin"), "ttyt-huyen")).ShouldBeTrue();
        (await Admin(Demo.Admin("system-admin"), "ttyt-huyen")).ShouldBeFalse();
        (await authorization.AuthorizeAsync(Demo.Admin("workflow-admin"), Policies.SystemAdmin)).Succeeded.ShouldBeFalse();
        (await authorization.AuthorizeAsync(Demo.Admin("system-admin"), Policies.SystemAdmin)).Succeeded.ShouldBeTrue();
    }

    private static IAuthorizationService Authorization(DateOnly day)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(Demo.Organization);
        services.AddSingleton<TimeProvider>(Demo.Clock(day));
        services.AddDienHongAuthorization();
        return services.BuildServiceProvider().GetRequiredService<IAuthorizationService>();
    }
}
