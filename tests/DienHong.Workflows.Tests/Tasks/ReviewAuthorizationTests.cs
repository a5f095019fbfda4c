using DienHong.Engine.Runtime;
using DienHong.Engine.Tests;
using DienHong.Workflows.Organization;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Workflows.Tests.Tasks;

/// <summary>With an organisation, only the reviewer (or whoever acts for them) may answer a parallel review task.</summary>
public sealed class ReviewAuthorizationTests
{
    [Fact]
    public async Task Someone_else_cannot_answer_for_a_reviewer()
    {
        await using var host = await TestHost.CreateWithChauThanhAsync();
        await host.PublishAsync(Workflow("review",
            string.Join(",", Node("start", "Start"),
                """{ "id": "review", "type": "ParallelReview", "reviewers": [ { "user": "E0141" }, { "user": "E0145" } ] }""",
                Node("end", "End")),
            string.Join(",", Edge("start", "review"), Edge("review", "end"))));
        var started = await host.Engine.StartAsync(new StartRequest { DefinitionKey = "review", Agency = "phong-noi-vu", Actor = "E0144" });
        var headsTask = started.OpenBookmarks.Single(b => b.Assignee == "user:E0141");

        var impostor = await host.Engine.ResumeAsync(headsTask.Id, new ResumeInput("E0144", "Approve"), started.InstanceId);
        var head = await host.Engine.ResumeAsync(headsTask.Id, new ResumeInput("E0141", "Approve"), started.InstanceId);

        impostor.Status.ShouldBe(RunStatus.Rejected);
        impostor.Message.ShouldNotBeNull().ShouldContain("E0144");
        head.Succeeded.ShouldBeTrue(head.Message);
    }
}
