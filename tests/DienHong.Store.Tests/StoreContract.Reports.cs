using System.Text.Json.Nodes;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;

namespace DienHong.Store.Tests;

/// <summary>Report counts per agency and period, from the instances and the journal the engine wrote.</summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public async Task Report_counts_instances_opened_and_closed_and_tasks_on_time_and_late_per_agency()
    {
        // Due five working days after Monday 1 February 2027 08:00: the end of Monday 8 February.
        await PublishReviewAsync();
        var onTime = await StartReviewAsync("a", "agency-a");
        var late = await StartReviewAsync("a", "agency-a");
        await StartReviewAsync("b", "agency-b");
        Clock.Advance(TimeSpan.FromHours(1));
        (await CompleteAsync(onTime, "a")).Status.ShouldBe(RunStatus.Ok);
        Clock.Advance(TimeSpan.FromDays(10));
        (await CompleteAsync(late, "a")).Status.ShouldBe(RunStatus.Ok);
        Clock.Advance(TimeSpan.FromDays(30));
        await StartReviewAsync("a", "agency-a");
        var reports = Get<IReportQueries>();

        var february = await reports.CountsAsync(new ReportQuery(T0.AddHours(-1), T0.AddDays(20)));
        var secondHalf = await reports.CountsAsync(new ReportQuery(T0.AddDays(5), T0.AddDays(20)));
        var agencyB = await reports.CountsAsync(new ReportQuery(T0.AddHours(-1), T0.AddDays(20), ["agency-b"]));

        february.ShouldBe([new AgencyCounts("agency-a", 2, 2, 1, 1), new AgencyCounts("agency-b", 1, 0, 0, 0)]);
        secondHalf.ShouldBe([new AgencyCounts("agency-a", 0, 1, 0, 1)]);
        agencyB.ShouldBe([new AgencyCounts("agency-b", 1, 0, 0, 0)]);
        (await reports.CountsAsync(new ReportQuery(T0.AddDays(100), T0.AddDays(200)))).ShouldBeEmpty();
    }

    [StoreFact]
    public async Task Report_counts_disclosures_posted_late_on_time_for_the_full_period_and_objections_received_and_answered()
    {
        // Issued Monday 1 February 2027 08:00: the posting is due by the end of Monday 8 February; 20 days from it.
        await Catalog.ImportPublishedAsync(DisclosureJson);
        var late = await StartDisclosureAsync("agency-a");
        var onTime = await StartDisclosureAsync("agency-a");
        var unanswered = await StartDisclosureAsync("agency-b");
        await ResumeDisclosureAsync(onTime, "post", new ResumeInput("hr-lan", "Posted", Data: Proof()));
        await ResumeDisclosureAsync(unanswered, "post", new ResumeInput("hr-lan", "Posted", Data: Proof()));
        await ResumeDisclosureAsync(unanswered, null, new ResumeInput("staff-an", Data: new JsonObject { ["text"] = "Sai tên" }, Action: "object"));
        Clock.Advance(TimeSpan.FromDays(9));
        await ResumeDisclosureAsync(late, "post", new ResumeInput("hr-lan", "Posted", Data: Proof()));
        await ResumeDisclosureAsync(late, null, new ResumeInput("staff-binh", Data: new JsonObject { ["text"] = "Sai ngày" }, Action: "object"));
        await ResumeDisclosureAsync(late, "reply", new ResumeInput("union-chair", "Dismissed", "Đúng ngày"));
        Clock.Advance(TimeSpan.FromDays(25));
        await Engine.FireDueAsync(Clock.GetUtcNow());
        await ResumeDisclosureAsync(onTime, "take-down", new ResumeInput("hr-lan", "TakenDown"));
        await ResumeDisclosureAsync(late, "take-down", new ResumeInput("hr-lan", "TakenDown"));
        var reports = Get<IReportQueries>();

        (await reports.DisclosureCountsAsync(new ReportQuery(T0.AddHours(-1), T0.AddDays(60)))).ShouldBe(
            [new DisclosureCounts("agency-a", 1, 1, 1, 1), new DisclosureCounts("agency-b", 0, 0, 1, 0)]);
        (await reports.DisclosureCountsAsync(new ReportQuery(T0.AddHours(-1), T0.AddDays(60), ["agency-b"]))).ShouldBe([new DisclosureCounts("agency-b", 0, 0, 1, 0)]);
        (await reports.DisclosureCountsAsync(new ReportQuery(T0.AddDays(30), T0.AddDays(60)))).ShouldBe([new DisclosureCounts("agency-a", 0, 1, 0, 0)]);
        (await reports.DisclosureCountsAsync(new ReportQuery(T0.AddDays(100), T0.AddDays(200)))).ShouldBeEmpty();
    }

    private const string DisclosureJson = """
        {
          "key": "disclose", "version": 1, "name": { "vi": "disclose", "en": "disclose" },
          "nodes": [
            { "id": "start", "type": "Start" },
            { "id": "publish", "type": "Disclosure" },
            { "id": "end", "type": "End", "outcome": "Done" }
          ],
          "edges": [
            { "from": "start", "to": "publish" }, { "from": "publish", "outcome": "NoObjection", "to": "end" },
            { "from": "publish", "outcome": "ObjectionsDismissed", "to": "end" }, { "from": "publish", "outcome": "ObjectionUpheld", "to": "end" }
          ]
        }
        """;

    private static JsonObject Proof() => new() { ["attachments"] = new JsonArray("anh.jpg") };

    private async Task<string> StartDisclosureAsync(string agency)
    {
        var started = await Engine.StartAsync(new StartRequest { DefinitionKey = "disclose", Agency = agency, Actor = "tester" });
        started.Status.ShouldBe(RunStatus.Ok, started.Message);
        return started.InstanceId!;
    }

    /// <summary>Resumes the disclosure's task named <paramref name="task"/> (null: the open posting).</summary>
    private async Task ResumeDisclosureAsync(string instanceId, string? task, ResumeInput input)
    {
        var bookmark = (await Runs.LoadAsync(instanceId))!.Bookmarks.Single(b => JsonNode.Parse(b.Payload!)!["task"]?.ToString() == task);
        var result = await Engine.ResumeAsync(bookmark.Id, input, instanceId);
        result.Status.ShouldBe(RunStatus.Ok, result.Message);
    }
}
