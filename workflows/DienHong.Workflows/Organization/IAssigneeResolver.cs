namespace DienHong.Workflows.Organization;

/// <summary>
/// Turns a task assignee (người thực hiện) as stored on a bookmark — <c>role:head</c>, <c>role:hr@ubnd-huyen</c>
/// (a role of another agency) or <c>user:E0142</c> — into the people who act on a day, substitutes standing in for
/// absentees.
/// </summary>
public interface IAssigneeResolver
{
    /// <summary>
    /// The ids of the people who should act on <paramref name="assignee"/> for a workflow instance of
    /// <paramref name="agencyId"/> on <paramref name="day"/>: the role holders (or the named user), each replaced
    /// by their substitute while absent. Empty when a role is vacant.
    /// </summary>
    /// <exception cref="ArgumentException">The assignee is not <c>role:…</c> or <c>user:…</c>, or names an unknown agency, role or person.</exception>
    IReadOnlyList<string> Resolve(string assignee, string agencyId, DateOnly day);

    /// <summary>The same, for an instant: the day is the local date in Vietnam (UTC+7).</summary>
    IReadOnlyList<string> Resolve(string assignee, string agencyId, DateTimeOffset at);

    /// <summary>
    /// Whether <paramref name="personId"/> may complete a task for <paramref name="assignee"/> on
    /// <paramref name="day"/>: one of <see cref="Resolve(string, string, DateOnly)"/>, or the standing holder
    /// (an absent head who comes back early may still sign).
    /// </summary>
    bool CanAct(string personId, string assignee, string agencyId, DateOnly day);
}
