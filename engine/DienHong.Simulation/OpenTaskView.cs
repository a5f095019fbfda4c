namespace DienHong.Simulation;

/// <summary>
/// An open task (việc đang chờ) at the end of a run: its node, assignee and due time (ISO 8601, +07:00), with the
/// node's name, the assignee's name when an organisation is known, and <see cref="DueDate"/>, the last day the
/// deadline allows (yyyy-MM-dd, Vietnam time): a due time of 24:00 belongs to the day before midnight.
/// </summary>
public sealed record OpenTaskView(string Node, string? Assignee, string? Due)
{
    public string? NodeName { get; init; }

    public string? AssigneeName { get; init; }

    public string? DueDate { get; init; }
}
