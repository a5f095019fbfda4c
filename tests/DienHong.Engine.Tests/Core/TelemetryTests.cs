using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Core;

/// <summary>
/// A run emits its span (with its commit as a child) and its counters and histograms on <c>DienHong.Engine</c>.
/// Other tests run beside these, so only what is tagged with this test's own workflow key is counted.
/// </summary>
public sealed class TelemetryTests : IAsyncLifetime, IDisposable
{
    private readonly string key = "observed-" + Guid.NewGuid().ToString("N")[..8];
    private readonly ConcurrentQueue<Activity> spans = new();
    private readonly ConcurrentQueue<(string Name, double Value, string? Status)> measurements = new();
    private readonly ActivityListener spanListener;
    private readonly MeterListener meterListener = new();
    private TestHost host = null!;

    public TelemetryTests()
    {
        spanListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "DienHong.Engine",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(spanListener);
        meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "DienHong.Engine")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meterListener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        meterListener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        meterListener.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
        meterListener.Start();
    }

    public async Task InitializeAsync() => host = await TestHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_run_emits_its_span_its_commit_and_its_metrics()
    {
        await host.PublishAsync(Workflow(key,
            string.Join(",", Node("start", "Start"), Node("task", "HumanTask", ",\"assignee\":{\"user\":\"an\"},\"outcomes\":[\"Done\"]"), Node("end", "End")),
            string.Join(",", Edge("start", "task"), Edge("task", "end"))));

        var started = await host.StartAsync(key);
        var completed = await host.CompleteAsync(started.InstanceId!, "task", "Done");

        completed.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        var runs = Mine().Where(s => s.OperationName == "DienHong.Run").ToList();
        runs.Select(s => s.GetTagItem("dienhong.operation")).ShouldBe(["start", "resume"]);
        runs.ShouldAllBe(s => (string?)s.GetTagItem("dienhong.status") == "Ok");
        runs[0].GetTagItem("dienhong.instance").ShouldBe(started.InstanceId);
        var commits = spans.Where(s => s.OperationName == "DienHong.Commit" && runs.Any(r => r.SpanId == s.ParentSpanId)).ToList();
        commits.Count.ShouldBe(2);

        Count("dienhong.runs").ShouldBe(2);
        Count("dienhong.commits").ShouldBe(2);
        Values("dienhong.run.duration").Count.ShouldBe(2);
        Values("dienhong.commit.duration").Count.ShouldBe(2);
        Values("dienhong.run.duration").ShouldAllBe(ms => ms > 0);
        Values("dienhong.commit.batch_size").ShouldContain(size => size >= 1);
    }

    [Fact]
    public async Task A_conflict_and_an_incident_are_counted()
    {
        await host.PublishAsync(Workflow(key,
            string.Join(",", Node("start", "Start"), Node("check", "Decision", ",\"condition\":\"=JSON.parse('{')\""), Node("end", "End")),
            string.Join(",", Edge("start", "check"), Edge("check", "end", "True"), Edge("check", "end", "False"))));

        var faulted = await host.StartAsync(key, correlation: "one");
        var duplicate = await host.StartAsync(key, correlation: "one");

        faulted.InstanceStatus.ShouldBe(InstanceStatus.Faulted);
        duplicate.Status.ShouldBe(RunStatus.Duplicate);
        Count("dienhong.incidents").ShouldBe(1);
        Count("dienhong.conflicts").ShouldBe(1);
        measurements.Where(m => m.Name == "dienhong.runs" && m.Status is not null).Select(m => m.Status).ShouldContain("Duplicate");
    }

    public void Dispose()
    {
        spanListener.Dispose();
        meterListener.Dispose();
    }

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        string? workflow = null, status = null;
        foreach (var tag in tags)
        {
            workflow = tag.Key == "dienhong.workflow" ? tag.Value as string : workflow;
            status = tag.Key == "dienhong.status" ? tag.Value as string : status;
        }

        // The group commit's batch is shared by runs of any workflow, so it carries no workflow tag.
        if (workflow == key || instrument.Name == "dienhong.commit.batch_size")
        {
            measurements.Enqueue((instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), status));
        }
    }

    private IEnumerable<Activity> Mine() => spans.Where(s => (string?)s.GetTagItem("dienhong.workflow") == key);

    private double Count(string name) => measurements.Where(m => m.Name == name).Sum(m => m.Value);

    private List<double> Values(string name) => [.. measurements.Where(m => m.Name == name).Select(m => m.Value)];
}
