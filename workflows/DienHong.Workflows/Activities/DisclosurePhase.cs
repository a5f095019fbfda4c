using DienHong.Engine.Activities;

namespace DienHong.Workflows.Activities;

/// <summary>The phases of a Disclosure (giai đoạn công khai): posted and open to objections, then, with objections, the union's review.</summary>
public enum DisclosurePhase
{
    /// <summary>Posted: staff object and give opinions until the period ends.</summary>
    Open,

    /// <summary>The period has ended with objections; the union chair reviews them.</summary>
    Review,

    /// <summary>Done: the node completes.</summary>
    Closed,
}

/// <summary>The moves between <see cref="DisclosurePhase"/>s.</summary>
public static class DisclosurePhases
{
    public static PhaseTable<DisclosurePhase> Table { get; } = new PhaseTable<DisclosurePhase>()
        .Permit(DisclosurePhase.Open, DisclosurePhase.Closed)
        .Permit(DisclosurePhase.Open, DisclosurePhase.Review)
        .Permit(DisclosurePhase.Review, DisclosurePhase.Closed);
}
