using DienHong.Workflows.Organization;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace DienHong.Workflows.Tests;

/// <summary>Turning the assignee stored on a task ("role:head", "user:B1") into the people who act on a day.</summary>
public sealed class AssigneeResolverTests
{
    private static readonly AssigneeResolver Resolver = new(new OrganizationDirectory(OrganizationJson.Read(SmallOrganization.Json, "small.json")));

    private static readonly DateOnly Before = new(2027, 2, 5);

    private static readonly DateOnly During = new(2027, 2, 9);

    [Fact]
    public void A_role_resolves_in_the_instance_agency_with_substitutes()
    {
        Resolver.Resolve("role:head", "phong", Before).ShouldBe(["B1"]);
        Resolver.Resolve("role:head", "phong", During).ShouldBe(["B2"]);
        Resolver.Resolve("role:head", "ubnd", During).ShouldBe(["A1"]);
        Resolver.Resolve("role:staff", "phong", During).ShouldBe(["B1", "B2", "B3"]);
        Resolver.Resolve("role:inspection-board", "phong", During).ShouldBeEmpty();
    }

    [Fact]
    public void A_role_of_another_agency_is_named_after_an_at_sign()
    {
        Resolver.Resolve("role:head@ubnd", "phong", During).ShouldBe(["A1"]);
    }

    [Fact]
    public void A_named_user_resolves_to_whoever_acts_for_them()
    {
        Resolver.Resolve("user:B1", "phong", Before).ShouldBe(["B1"]);
        Resolver.Resolve("user:B1", "phong", During).ShouldBe(["B2"]);
    }

    [Fact]
    public void An_instant_is_looked_up_on_its_day_in_vietnam()
    {
        // 2027-02-07 18:00 UTC is 2027-02-08 01:00 in Hanoi: the first day of the absence.
        Resolver.Resolve("role:head", "phong", new DateTimeOffset(2027, 2, 7, 18, 0, 0, TimeSpan.Zero)).ShouldBe(["B2"]);
        Resolver.Resolve("role:head", "phong", new DateTimeOffset(2027, 2, 7, 16, 0, 0, TimeSpan.Zero)).ShouldBe(["B1"]);
    }

    [Fact]
    public void The_standing_holder_and_the_substitute_may_both_act_during_the_absence()
    {
        Resolver.CanAct("B2", "role:head", "phong", During).ShouldBeTrue();
        Resolver.CanAct("B1", "role:head", "phong", During).ShouldBeTrue();
        Resolver.CanAct("B2", "role:head", "phong", Before).ShouldBeFalse();
        Resolver.CanAct("B3", "role:head", "phong", During).ShouldBeFalse();
        Resolver.CanAct("B2", "user:B1", "phong", During).ShouldBeTrue();
        Resolver.CanAct("B2", "user:B1", "phong", Before).ShouldBeFalse();
    }

    [Theory]
    [InlineData("head", "neither 'role:<role>[@<agency>]' nor 'user:<person id>'")]
    [InlineData("group:x", "neither")]
    [InlineData("role:chief", "unknown role 'chief'")]
    [InlineData("role:head@nowhere", "no agency 'nowhere'")]
    [InlineData("user:Z9", "no person 'Z9'")]
    public void A_malformed_assignee_is_refused(string assignee, string problem)
    {
        Should.Throw<ArgumentException>(() => Resolver.Resolve(assignee, "phong", During)).Message.ShouldContain(problem);
    }

    [Fact]
    public void The_services_are_registered_together()
    {
        var services = new ServiceCollection()
            .AddDienHongOrganization(OrganizationJson.Read(SmallOrganization.Json, "small.json"))
            .BuildServiceProvider();

        services.GetRequiredService<IAssigneeResolver>().Resolve("role:deputy", "phong", During).ShouldBe(["B2"]);
        services.GetRequiredService<IOrganizationDirectory>().ShouldBeSameAs(services.GetRequiredService<OrganizationDirectory>());
    }
}
