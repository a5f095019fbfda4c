using System.Text.Json.Nodes;

namespace DienHong.Workflows.Activities;

/// <summary>
/// What a Consultation keeps while it runs: its phase, the plan, the opinions with their keyed voices while the
/// window is open (then null: the voices are erased), and the compiled summary.
/// </summary>
public sealed record ConsultationState
{
    public ConsultationPhase Phase { get; set; }

    public JsonObject? Plan { get; set; }

    public List<Submission>? Submissions { get; set; }

    public JsonObject? Summary { get; set; }
}
