using DienHong.Engine.Activities;

namespace DienHong.Workflows.Activities;

/// <summary>
/// The phases of a Disclosure (giai đoạn công khai): waiting for the poster, posted and open to objections, then
/// taken down. New phases are appended so that the states of running instances keep their meaning.
/// </summary>
public enum DisclosurePhase
{
    /// <summary>Posted: staff object and give opinions until the period ends; objections are answered.</summary>
    Open,

    /// <summary>An instance started before objections were answered one by one: the union chair reviews them all.</summary>
    Review,

    /// <summary>Done: the node completes.</summary>
    Closed,

    /// <summary>The post-by task is with the poster (chờ niêm yết).</summary>
    Posting,

    /// <summary>The period has ended: the poster confirms the take-down, and the objections not yet answered are answered.</summary>
    TakeDown,
}

/// <summary>The moves between <see cref="DisclosurePhase"/>s.</summary>
public static class DisclosurePhases
{
    public static PhaseTable<DisclosurePhase> Table { get; } = new PhaseTable<DisclosurePhase>()
        .Permit(DisclosurePhase.Posting, DisclosurePhase.Open)
        .Permit(DisclosurePhase.Open, DisclosurePhase.TakeDown)
        .Permit(DisclosurePhase.TakeDown, DisclosurePhase.Closed)
        .Permit(DisclosurePhase.Review, DisclosurePhase.Closed);
}
