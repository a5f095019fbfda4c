using DienHong.Engine.Definitions;
using DienHong.Engine.Runtime;

namespace DienHong.Engine.Activities;

/// <summary>
/// Stateless code for one node type (loại bước). Adding an activity is adding one class: the engine finds every
/// <see cref="IActivity"/> by convention. Blocking is explicit: an activity that waits returns bookmarks.
/// </summary>
public interface IActivity
{
    ActivityDescriptor Descriptor { get; }

    /// <summary>The outcomes a node of this type can produce, which edges may name.</summary>
    IReadOnlyList<string> Outcomes(NodeDefinition node) => Descriptor.OutcomesOf(node);

    /// <summary>
    /// The outcomes this node can really produce with its configuration (a subset of <see cref="Outcomes"/>, e.g. a
    /// task's <c>Overdue</c> only when its escalation completes it). Each must be routed: an edge or an <c>ends</c> entry.
    /// </summary>
    IReadOnlyList<string> PossibleOutcomes(NodeDefinition node) => Outcomes(node);

    /// <summary>
    /// Reads the node's properties once per definition version into a configuration object the runs share, and
    /// reports rule violations to <paramref name="context"/>. Returns null when the activity needs no configuration.
    /// </summary>
    object? Compile(NodeCompileContext context) => null;

    /// <summary>Runs the node when a token arrives.</summary>
    ActivityResult Execute(ActivityContext context);

    /// <summary>
    /// Continues the node when one of its bookmarks is resumed (input given, or its wake-up time reached). An
    /// activity that waits must handle it: by default the node faults (<c>activity.resume-unhandled</c>).
    /// </summary>
    ActivityResult Resume(ActivityContext context, ResumeContext resume) =>
        ActivityResult.Fault(new Failure(IncidentCodes.ResumeUnhandled, [context.NodeId, Descriptor.Type]));
}
