namespace DienHong.Workflows.Activities;

/// <summary>How a parallel review (xem xét song song) decides: see <see cref="ParallelReviewCompletion"/>.</summary>
public enum ParallelReviewCompletionKind
{
    /// <summary>Every reviewer answers; approved only when every one approved.</summary>
    All,

    /// <summary>The first approval approves; rejected when every reviewer rejected.</summary>
    Any,

    /// <summary>Approved by more than half of the reviewers.</summary>
    Majority,

    /// <summary>Approved by at least k reviewers.</summary>
    AtLeast,

    /// <summary>Approved by at least p percent of the reviewers.</summary>
    Percentage,

    /// <summary>The first rejection rejects (quyền phủ quyết) at once; approved when every reviewer answered without one.</summary>
    VetoOnReject,
}
