using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Storage;
using DienHong.Web.Application;
using DienHong.Web.Application.Designer.Canvas;
using DienHong.Web.Security;
using Shouldly;

namespace DienHong.Web.Tests.Designer.Canvas;

/// <summary>The designer page's service: who may edit, what opens, and publishing refused while the validator finds errors.</summary>
public sealed class DesignerServiceTests : IAsyncLifetime
{
    private static readonly PersonAccess Admin = Demo.Current(new DateOnly(2027, 2, 1)).Resolve(Demo.Admin(DienHongClaims.WorkflowAdmin));
    private static readonly PersonAccess Head = Demo.Current(new DateOnly(2027, 2, 1)).Resolve(Demo.Person("E0101"));

    private DesignerHost host = null!;

    public async Task InitializeAsync() => host = await DesignerHost.StartAsync(catalog: true);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_published_workflow_opens_read_only_and_its_draft_opens_editable_for_an_administrator_only()
    {
        var published = (await host.Designer.OpenAsync(Admin, "salary-step-regular")).Value.ShouldNotBeNull();
        (published.Status, published.CanEdit).ShouldBe((DefinitionStatus.Published, false));

        (await host.Designer.SaveAsync(Admin, published.Json)).Value.ShouldNotBeNull().Version.ShouldBe(published.Version + 1);

        var draft = (await host.Designer.OpenAsync(Admin, "salary-step-regular")).Value.ShouldNotBeNull();
        (draft.Version, draft.Status, draft.CanEdit).ShouldBe((published.Version + 1, DefinitionStatus.Draft, true));
        (await host.Designer.OpenAsync(Head, "salary-step-regular")).Value.ShouldNotBeNull().CanEdit.ShouldBeFalse();
        (await host.Designer.ListAsync()).Single(e => e.Key == "salary-step-regular").DraftVersion.ShouldBe(draft.Version);
        (await host.Designer.OpenAsync(Head, "no-such-workflow")).Refusal.ShouldNotBeNull().Kind.ShouldBe(RefusalKind.NotFound);
    }

    [Fact]
    public async Task Publishing_is_refused_while_errors_remain_and_goes_through_once_they_are_fixed()
    {
        var created = await host.Designer.CreateAsync(Admin, "leave-request", new LocalizedText("Nghỉ phép", "Leave request"));
        created.Value.ShouldNotBeNull().Version.ShouldBe(1);
        var document = DesignerDocument.Parse((await host.Designer.OpenAsync(Admin, "leave-request")).Value!.Json);
        var task = document.AddNode(host.Activities.Find("HumanTask")!.Descriptor, new(300, 40));
        document.Connect("start", null, task);

        host.Designer.Check(document.ToJson()).ShouldContain(f => f.NodeId == task && f.Severity == "error");
        var refused = await host.Designer.PublishAsync(Admin, document.ToJson());
        refused.Refusal.ShouldNotBeNull().Kind.ShouldBe(RefusalKind.Invalid);

        var node = document.Node(task)!;
        node["assignee"] = new JsonObject { ["role"] = "head" };
        node["outcomes"] = new JsonArray("Approve");
        document.ReplaceNode(task, node);
        var end = document.AddNode(host.Activities.Find("End")!.Descriptor, new(600, 40));
        document.Connect(task, "Approve", end);
        host.Designer.Check(document.ToJson()).Where(f => f.Severity == "error").ShouldBeEmpty();

        var published = await host.Designer.PublishAsync(Admin, document.ToJson());
        published.Value.ShouldNotBeNull().Status.ShouldBe(DefinitionStatus.Published);
        (await host.Designer.OpenAsync(Admin, "leave-request")).Value!.Json.ShouldContain("\"layout\"");
    }

    [Fact]
    public async Task Only_a_workflow_administrator_creates_saves_and_publishes()
    {
        var json = (await host.Designer.OpenAsync(Head, "discipline")).Value!.Json;

        (await host.Designer.SaveAsync(Head, json)).Refusal.ShouldNotBeNull().Kind.ShouldBe(RefusalKind.Forbidden);
        (await host.Designer.PublishAsync(Head, json)).Refusal.ShouldNotBeNull().Kind.ShouldBe(RefusalKind.Forbidden);
        (await host.Designer.CreateAsync(Head, "mine", new LocalizedText("Của tôi"))).Refusal.ShouldNotBeNull().Kind.ShouldBe(RefusalKind.Forbidden);
        host.Designer.CanEdit(Head).ShouldBeFalse();
        host.Designer.CanEdit(Admin).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Leave Request", "designer.key-invalid")]
    [InlineData("discipline", "designer.key-taken")]
    public async Task A_new_workflow_needs_a_free_well_formed_key(string key, string code)
    {
        var refused = await host.Designer.CreateAsync(Admin, key, new LocalizedText("Tên"));

        refused.Refusal.ShouldNotBeNull().Code.Value.ShouldBe(code);
        refused.Refusal.Message(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")).ShouldContain(key);
    }
}
