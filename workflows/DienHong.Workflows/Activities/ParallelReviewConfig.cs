using DienHong.Engine.Activities;

namespace DienHong.Workflows.Activities;

/// <summary>
/// A ParallelReview node's configuration, bound once per definition version: the reviewers (a fixed list, or an
/// expression giving user ids at run time), the outcomes a reviewer may choose, the completion policy, and each
/// reviewer's deadline, reminders and escalation.
/// </summary>
public sealed record ParallelReviewConfig(
    [Property(
        "Người xem xét: danh sách { role } / { user }, hoặc biểu thức cho danh sách mã người dùng.",
        "Reviewers: a list of { role } / { user }, or an expression giving a list of user ids.",
        Required = true)]
    ReviewerList? Reviewers,
    [Property("Các ý kiến có thể chọn (mặc định Approve, Reject).", "The answers a reviewer can choose (default Approve, Reject).", Default = """["Approve", "Reject"]""")]
    IReadOnlyList<string> Outcomes,
    [Property(
        "Điều kiện kết thúc: all, any, majority, vetoOnReject, { atLeast: k }, { percentage: p }.",
        "Completion policy: all, any, majority, vetoOnReject, { atLeast: k }, { percentage: p }.",
        Default = "\"all\"")]
    ParallelReviewCompletion? Completion,
    [Property("Ý kiến được tính là đồng ý (mặc định Approve).", "The answer counted as approval (default Approve).", Default = "\"Approve\"")]
    string ApproveOutcome,
    [Property("Ý kiến được tính là không đồng ý (mặc định Reject).", "The answer counted as rejection (default Reject).", Default = "\"Reject\"")]
    string RejectOutcome,
    [Property("Biến nhận kết quả đếm { approve, reject, total, pending }.", "The variable that receives the counts { approve, reject, total, pending }.", Variable = true)]
    string? CountsVariable,
    [Property("Thời hạn của mỗi người xem xét.", "Each reviewer's time limit.")]
    DurationValue? Due,
    [Property("Nhắc từng người xem xét chưa trả lời, trước/sau hạn.", "Reminders to each reviewer who has not answered, before/after the due date.")]
    IReadOnlyList<Reminder>? Reminders,
    [Property("Khi một người quá hạn: chuyển việc của người đó (reassign).", "When a reviewer is overdue: reassign that reviewer's task (reassign).")]
    Escalation? Escalation)
{
    public IReadOnlyList<Reminder> ReminderList => Reminders ?? [];

    /// <summary>The answers offered, each once.</summary>
    public IReadOnlyList<string> Choices { get; } = [.. (Outcomes ?? []).Distinct(StringComparer.Ordinal)];
}
