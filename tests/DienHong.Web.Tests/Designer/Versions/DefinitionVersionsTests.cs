using Bunit;
using DienHong.Web.Application.Designer.Versions;
using DienHong.Web.Components.Designer.Versions;
using DienHong.Web.Security;
using Shouldly;

namespace DienHong.Web.Tests.Designer.Versions;

/// <summary>The versions panel: the history with authors and dates in Vietnamese, the diff grouped by node, revert as draft.</summary>
public sealed class DefinitionVersionsTests
{
    [Fact]
    public async Task The_history_shows_each_version_with_its_status_authors_dates_and_the_journal_of_publishes()
    {
        using var vi = new CultureScope("vi-VN");
        await using var context = new VersionsContext(Demo.Person(VersionsContext.AdminId, DienHongClaims.WorkflowAdmin));
        await context.PublishTwoVersionsAsync();

        var panel = context.Bunit.Render<DefinitionVersions>(p => p.Add(c => c.Key, VersionsContext.Key).Add(c => c.CanEdit, true));

        var v2 = panel.Find($"[data-testid=version-{VersionsContext.Next}]").TextContent;
        v2.ShouldContain("Đã phát hành");
        v2.ShouldContain(Demo.Organization.FindPerson(VersionsContext.AdminId)!.FullName + ", 01/02/2027 10:00");
        var v1 = panel.Find($"[data-testid=version-{VersionsContext.Shipped}]").TextContent;
        v1.ShouldContain("system, 01/02/2027 09:00");
        panel.Find($"[data-testid=running-{VersionsContext.Shipped}]").TextContent.ShouldBe("0");
        var publishes = panel.Find("[data-testid=publishes]").TextContent;
        publishes.ShouldContain($"Phiên bản {VersionsContext.Next} do " + Demo.Organization.FindPerson(VersionsContext.AdminId)!.FullName + " phát hành, 01/02/2027 10:00: sửa 1 bước");
        panel.Find("[data-testid=journal-check]").TextContent.ShouldContain("còn nguyên vẹn");
        panel.Find($"[data-testid=export-{VersionsContext.Shipped}]").GetAttribute("href").ShouldBe($"/api/v1/definitions/internal-regulation/{VersionsContext.Shipped}/export");
    }

    [Fact]
    public async Task Comparing_two_versions_lists_the_changes_by_node_and_gives_the_canvas_the_nodes_touched()
    {
        using var en = new CultureScope("en");
        await using var context = new VersionsContext(Demo.Person(VersionsContext.AdminId, DienHongClaims.WorkflowAdmin));
        await context.PublishTwoVersionsAsync();
        DefinitionDiff? shown = null;
        var panel = context.Bunit.Render<DefinitionVersions>(p => p.Add(c => c.Key, VersionsContext.Key).Add(c => c.DiffShown, (DefinitionDiff d) => shown = d));

        await panel.Find("[data-testid=compare]").ClickAsync(new());

        panel.Find("[data-testid=diff-title]").TextContent.ShouldBe($"Changes from version {VersionsContext.Shipped} to version {VersionsContext.Next}: 1 node changed");
        var group = panel.Find("[data-testid=diff-group-node-consult-staff]").TextContent;
        group.ShouldContain("Node consult-staff");
        group.ShouldContain("nodes.consult-staff.deadline.workingDays");
        group.ShouldContain("10");
        group.ShouldContain("15");
        shown.ShouldNotBeNull().NodesTouched.ShouldBe(["consult-staff"]);
        panel.FindAll($"[data-testid=revert-{VersionsContext.Shipped}]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Reverting_an_old_version_makes_the_next_draft_and_a_second_revert_is_refused_while_it_is_open()
    {
        using var en = new CultureScope("en");
        await using var context = new VersionsContext(Demo.Person(VersionsContext.AdminId, DienHongClaims.WorkflowAdmin));
        await context.PublishTwoVersionsAsync();
        var draftChanged = 0;
        var panel = context.Bunit.Render<DefinitionVersions>(p => p.Add(c => c.Key, VersionsContext.Key).Add(c => c.CanEdit, true).Add(c => c.DraftChanged, () => draftChanged++));

        await panel.Find($"[data-testid=revert-{VersionsContext.Shipped}]").ClickAsync(new());

        panel.Find("[data-testid=versions-notice]").TextContent.ShouldBe($"Version {VersionsContext.Shipped} was copied as draft version {VersionsContext.Next + 1}.");
        panel.Find($"[data-testid=version-{VersionsContext.Next + 1}]").TextContent.ShouldContain("Draft");
        draftChanged.ShouldBe(1);

        await panel.Find($"[data-testid=revert-{VersionsContext.Next}]").ClickAsync(new());

        panel.Find("[data-testid=versions-refusal]").TextContent.ShouldContain($"has an open draft (version {VersionsContext.Next + 1})");
        draftChanged.ShouldBe(1);
    }

    [Fact]
    public async Task Someone_who_does_not_administer_workflows_sees_the_history_without_revert_or_import()
    {
        await using var context = new VersionsContext(Demo.Person("E0105"));
        await context.PublishTwoVersionsAsync();

        var panel = context.Bunit.Render<DefinitionVersions>(p => p.Add(c => c.Key, VersionsContext.Key).Add(c => c.CanEdit, false));

        panel.FindAll("[data-testid=versions-table] tbody tr").Count.ShouldBe(2);
        panel.FindAll("[data-testid^=revert-]").ShouldBeEmpty();
        panel.FindAll("[data-testid=import]").ShouldBeEmpty();
    }
}
