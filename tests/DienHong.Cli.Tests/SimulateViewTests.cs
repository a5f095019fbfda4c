using Shouldly;

namespace DienHong.Cli.Tests;

/// <summary>What people read of a run: names in their language, deadlines as dates, the file that was read, counts told from data.</summary>
public sealed class SimulateViewTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Fact]
    public async Task A_deadline_is_the_date_of_its_last_day_in_the_chosen_language()
    {
        var scenario = ScenarioFiles.Write(temp, "[]");

        var en = await Cli.RunAsync("simulate", scenario);
        var vi = await Cli.RunViAsync("simulate", scenario);
        var json = (await Cli.RunAsync("simulate", scenario, "--json")).Json().GetProperty("openTasks")[0];

        // Due at 2027-02-16T00:00+07:00: the last day allowed is Monday 15 February.
        en.Out.ShouldContain("  Officer drafts, assigned to role:staff, due 15 Feb 2027 (5 working days left)");
        vi.Out.ShouldContain("  Chuyên viên soạn thảo, giao cho role:staff, hạn 15/02/2027 (còn 5 ngày làm việc)");
        json.GetProperty("node").GetString().ShouldBe("draft");
        json.GetProperty("due").GetString().ShouldBe("2027-02-16T00:00:00+07:00");
        json.GetProperty("dueDate").GetString().ShouldBe("2027-02-15");
        json.GetProperty("nodeName").GetString().ShouldBe("Officer drafts");
    }

    [Fact]
    public async Task The_journal_shows_node_names_in_the_chosen_language_and_keeps_ids_in_json()
    {
        var scenario = ScenarioFiles.Write(temp, """[ { "complete": "draft", "by": "staff", "outcome": "Submitted" } ]""");

        var vi = await Cli.RunViAsync("simulate", scenario);
        var json = await Cli.RunViAsync("simulate", scenario, "--json");

        vi.Out.ShouldContain("Chuyên viên soạn thảo");
        vi.Out.ShouldContain("Lãnh đạo ký");
        var completed = json.Json().GetProperty("journal").EnumerateArray().Single(e => e.GetProperty("event").GetString() == "TaskCompleted");
        completed.GetProperty("node").GetString().ShouldBe("draft");
        completed.GetProperty("nodeName").GetString().ShouldBe("Chuyên viên soạn thảo");
    }

    [Fact]
    public async Task With_an_organisation_people_are_shown_by_name()
    {
        var run = await Cli.RunAsync("simulate", Path.Combine(Cli.Samples("scenarios"), "salary-increase.chau-thanh.scenario.json"), "--json");

        run.Exit.ShouldBe(0, run.Error);
        var completed = run.Json().GetProperty("journal").EnumerateArray().Where(e => e.GetProperty("event").GetString() == "TaskCompleted").ToList();
        completed.ShouldNotBeEmpty();
        completed.ShouldAllBe(e => e.GetProperty("actorName").GetString() != null && e.GetProperty("actorName").GetString() != e.GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Counts_kept_as_data_are_told_in_the_chosen_language()
    {
        var scenario = Path.Combine(Cli.Samples("scenarios"), "salary-step-early.normal.scenario.json");

        var en = await Cli.RunAsync("simulate", scenario);
        var vi = await Cli.RunViAsync("simulate", scenario);
        var json = await Cli.RunAsync("simulate", scenario, "--json");

        en.Out.ShouldContain("6 yes, 1 no, 1 abstain; 8 of 8 voted");
        vi.Out.ShouldContain("6 đồng ý, 1 không đồng ý, 1 không biểu quyết; 8/8 người đã biểu quyết");
        var closed = json.Json().GetProperty("journal").EnumerateArray().Single(e => e.GetProperty("event").GetString() == "VoteClosed");
        closed.GetProperty("data").GetProperty("yes").GetInt32().ShouldBe(6);
        closed.GetProperty("comment").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task A_ballot_per_nominee_is_told_nominee_by_nominee()
    {
        var scenario = Path.Combine(Cli.Samples("scenarios"), "annual-rewards.normal.scenario.json");

        var en = await Cli.RunAsync("simulate", scenario);
        var vi = await Cli.RunViAsync("simulate", scenario);

        en.Out.ShouldContain("Thái Quang Vinh: 4 yes, 1 no, 0 abstain, passed; Đoàn Thị Kiều Oanh: 3 yes, 1 no, 1 abstain, not passed; 5 of 5 voted");
        vi.Out.ShouldContain("Thái Quang Vinh: 4 đồng ý, 1 không đồng ý, 0 không biểu quyết, đạt; Đoàn Thị Kiều Oanh: 3 đồng ý, 1 không đồng ý, 1 không biểu quyết, không đạt; 5/5 người đã biểu quyết");
    }

    [Fact]
    public async Task A_refusal_of_the_engine_is_told_in_the_chosen_language()
    {
        var scenario = ScenarioFiles.Write(temp, """[ { "complete": "draft", "by": "staff", "outcome": "Approved" } ]""");

        var vi = await Cli.RunViAsync("simulate", scenario);

        vi.Exit.ShouldBe(1);
        vi.Out.ShouldContain("bước 1: complete 'draft' với kết quả 'Approved' bị từ chối: Nhiệm vụ 'draft' nhận một trong các kết quả Submitted; 'Approved' không thuộc số đó.");
    }

    [Fact]
    public async Task The_output_names_the_files_that_were_read()
    {
        var scenario = ScenarioFiles.Write(temp, "[]");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, scenario);

        var run = await Cli.RunAsync("simulate", relative);

        run.Out.ShouldStartWith($"Scenario: {scenario} (workflow {Path.Combine(Cli.Samples("definitions"), "sequence.workflow.json")})");
    }

    [Fact]
    public async Task A_time_without_offset_is_Vietnam_time_whatever_the_machines_zone()
    {
        var scenario = ScenarioFiles.Write(temp, """[ { "advance": { "to": "2027-02-03T17:30:00" } }, { "complete": "draft", "by": "staff", "outcome": "Submitted" } ]""", start: "2027-02-01T08:00:00");

        var newYork = await RunProcessAsync(scenario, "America/New_York");
        var utc = await RunProcessAsync(scenario, "UTC");

        newYork.ShouldBe(utc);
        newYork.ShouldContain("\"at\": \"2027-02-01T08:00:00+07:00\"");
        newYork.ShouldContain("\"at\": \"2027-02-03T17:30:00+07:00\"");
    }

    private async Task<string> RunProcessAsync(string scenario, string zone)
    {
        var run = await CliProcess.RunAsync(temp.Path, new Dictionary<string, string> { ["TZ"] = zone }, "simulate", scenario, "--json");
        run.Exit.ShouldBe(0, run.Error);
        return run.Out;
    }

    public void Dispose() => temp.Dispose();
}
