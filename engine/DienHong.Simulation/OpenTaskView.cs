namespace DienHong.Simulation;

/// <summary>An open task (việc đang chờ) at the end of a run: its node, assignee and due time (ISO 8601, +07:00).</summary>
public sealed record OpenTaskView(string Node, string? Assignee, string? Due);
