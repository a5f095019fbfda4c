using System.Collections.Concurrent;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace DienHong.Benchmarks;

/// <summary>
/// The salary-increase scenario on WorkflowCore: start, wait for the union review event, wait for the head decision
/// event, publish. The start and publish steps report to the harness so it can wait without polling.
/// </summary>
public sealed class SalaryWorkflow : IWorkflow<SalaryWorkflow.Data>
{
    private static int started;

    public static ConcurrentDictionary<string, TaskCompletionSource> Completions { get; } = new();

    public static int Started => Volatile.Read(ref started);

    public string Id => "salary-increase";

    public int Version => 1;

    public void Build(IWorkflowBuilder<Data> builder) => builder
        .StartWith(_ =>
        {
            Interlocked.Increment(ref started);
            return ExecutionResult.Next();
        })
        .WaitFor("union-review", data => data.Key)
            .Output(data => data.Review, step => step.EventData)
        .WaitFor("head-decision", data => data.Key)
            .Output(data => data.Decision, step => step.EventData)
        .Then(context =>
        {
            var data = (Data)context.Workflow.Data;
            data.Published = Equals(data.Review, "Approve") && Equals(data.Decision, "Approve");
            if (Completions.TryRemove(data.Key, out var done))
            {
                done.TrySetResult();
            }

            return ExecutionResult.Next();
        });

    /// <summary>The workflow's data.</summary>
    public sealed class Data
    {
        public string Key { get; set; } = string.Empty;

        public object? Review { get; set; }

        public object? Decision { get; set; }

        public bool Published { get; set; }
    }
}
