using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Durability;

/// <summary>Small definitions shared by the durability tests.</summary>
public static class Flows
{
    /// <summary>start → a → b → end, two human tasks with the outcome Done.</summary>
    public static string TwoTasks(string key = "two-tasks", int version = 1) => Workflow(key,
        string.Join(",", Node("start", "Start"), Task("a"), Task("b"), Node("end", "End", ",\"outcome\":\"Finished\"")),
        string.Join(",", Edge("start", "a"), Edge("a", "b", "Done"), Edge("b", "end")),
        version: version);

    /// <summary>start → a → end (one human task).</summary>
    public static string OneTask(string key = "one-task", int version = 1, string endOutcome = "Finished") => Workflow(key,
        string.Join(",", Node("start", "Start"), Task("a"), Node("end", "End", $",\"outcome\":\"{endOutcome}\"")),
        string.Join(",", Edge("start", "a"), Edge("a", "end", "Done")),
        version: version);
}
