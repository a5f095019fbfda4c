namespace DienHong.Workflows.Activities;

/// <summary>What a parallel review keeps while it runs: how many reviewers, the counts, and each answer by its task.</summary>
public sealed record ParallelReviewState
{
    public int Total { get; set; }

    public int Approve { get; set; }

    public int Reject { get; set; }

    public Dictionary<string, ReviewAnswer> Answers { get; set; } = [];
}
