using DienHong.Engine.Definitions;
using DienHong.Web.Application.Instances;

namespace DienHong.Web.Application.Cases;

/// <summary>
/// Everything the case page (trang hồ sơ) shows: the case, its definition (null if the store lost it), its whole
/// journal in order, the journal's verification, and whether the reader may cancel or retry it.
/// </summary>
public sealed record CaseView(
    InstanceDetail Case,
    WorkflowDefinition? Definition,
    IReadOnlyList<JournalItem> Journal,
    JournalCheck Check,
    bool MayCancel,
    bool MayRetry)
{
    /// <summary>Who started the case: the actor of its first entry.</summary>
    public JournalItem? Start => Journal.Count > 0 && Journal[0].Event == Engine.Journal.JournalEvents.InstanceStarted ? Journal[0] : null;

    /// <summary>The steps the journal shows the case went through.</summary>
    public IReadOnlySet<string> Visited => Journal.Where(e => e.NodeId is not null).Select(e => e.NodeId!).ToHashSet(StringComparer.Ordinal);
}
