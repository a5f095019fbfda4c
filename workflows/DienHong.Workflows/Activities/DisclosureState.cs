using System.Text.Json.Nodes;

namespace DienHong.Workflows.Activities;

/// <summary>What a Disclosure keeps while it runs: its phase, the proof of posting, what staff sent and the replies.</summary>
public sealed record DisclosureState
{
    public DisclosurePhase Phase { get; set; }

    /// <summary>The proof of posting (who, when, where, how long), as journalled; before the posting, the limit it has.</summary>
    public JsonObject? Posting { get; set; }

    public List<Submission> Objections { get; set; } = [];

    public List<Submission> Opinions { get; set; } = [];

    /// <summary>The answers to the objections, by the objection's number (its place in <see cref="Objections"/>).</summary>
    public List<ObjectionReply> Replies { get; set; } = [];

    /// <summary>When the poster confirmed the take-down (Hanoi time); null until then.</summary>
    public string? TakenDownAt { get; set; }
}
