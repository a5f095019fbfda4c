using System.Text.Json.Nodes;

namespace DienHong.Workflows.Activities;

/// <summary>What a Disclosure keeps while it runs: its phase, the proof of posting, and what staff sent.</summary>
public sealed record DisclosureState
{
    public DisclosurePhase Phase { get; set; }

    /// <summary>The proof of posting (who, when, where, how long), as journalled.</summary>
    public JsonObject? Posting { get; set; }

    public List<Submission> Objections { get; set; } = [];

    public List<Submission> Opinions { get; set; } = [];
}
