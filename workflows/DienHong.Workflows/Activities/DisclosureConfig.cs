using System.Text.Json;
using DienHong.Engine.Activities;

namespace DienHong.Workflows.Activities;

/// <summary>A Disclosure node's configuration, bound once per definition version; each parameter is a property of the node.</summary>
public sealed record DisclosureConfig(
    [Property("Nội dung công khai (văn bản hoặc biểu thức).", "What is disclosed (a text or an expression).")]
    JsonElement? Document,
    [Property("Nhóm nội dung theo Điều 46 (ví dụ DC-06: công tác cán bộ).", "The Art. 46 catalog item (e.g. DC-06: personnel actions).")]
    string? Category,
    [Property("Đối tượng được công khai (mặc định: toàn cơ quan, \"agency\").", "Who it is disclosed to (default: the whole agency, \"agency\").", Default = "\"agency\"")]
    string Audience,
    [Property(
        "Hình thức công khai (Điều 47.1): notice-board (niêm yết), intranet (mạng nội bộ), meeting (hội nghị), written-notice (văn bản); mặc định niêm yết và mạng nội bộ.",
        "Forms of disclosure (Art. 47.1): notice-board, intranet, meeting, written-notice; default notice-board and intranet.")]
    DisclosureChannels? Channels,
    [Property("Thời gian công khai (mặc định 20 ngày liên tục, Điều 48).", "How long it stays posted (default 20 consecutive days, Art. 48).", Default = """{ "consecutiveDays": 20 }""")]
    DurationValue Period,
    [Property(
        "Thời hạn phải công khai kể từ ngày quyết định (mặc định 05 ngày làm việc, Điều 47.2).",
        "The time limit to post after the decision (default 05 working days, Art. 47.2).",
        Default = """{ "workingDays": 5 }""",
        ZeroAllowed = true)]
    DurationValue StartWithin,
    [Property(
        "Ngày ban hành văn bản (biểu thức, ghi khi quyết định); thời hạn niêm yết tính từ ngày này; mặc định: lúc bắt đầu bước.",
        "The date the document was issued (an expression, recorded with the decision); the posting limit counts from it; default: when the node starts.")]
    JsonElement? DecisionDate,
    [Property(
        "Thời điểm đã niêm yết, khi việc niêm yết được ghi ở nơi khác (biểu thức); có giá trị này thì không giao nhiệm vụ niêm yết.",
        "When it was posted, where the posting is recorded elsewhere (an expression); with it, no post-by task is given.")]
    JsonElement? PostedAt,
    [Property(
        "Người chịu trách nhiệm niêm yết và gỡ niêm yết (mặc định bộ phận tổ chức - hành chính, vai trò hr).",
        "Who posts it and takes it down (default the personnel/office role, hr).",
        Default = """{ "role": "hr" }""")]
    Assignee Poster,
    [Property(
        "Phản ánh được trả lời: mỗi phản ánh giao một nhiệm vụ trả lời (mặc định có); false: chỉ ghi nhận, kết quả HasObjections.",
        "Objections are answered: each objection opens a reply task (default true); false: only recorded, outcome HasObjections.",
        Default = "true")]
    bool UnionReview,
    [Property(
        "Người trả lời phản ánh (mặc định Chủ tịch Công đoàn; lựa chọn của đơn vị, có thể là người đứng đầu).",
        "Who answers objections (default the union chair; a local choice, may be the head).",
        Default = """{ "role": "union-chair" }""")]
    Assignee Answerer,
    [Property(
        "Thời hạn trả lời mỗi phản ánh (mặc định 05 ngày làm việc; luật không quy định, lựa chọn của đơn vị).",
        "The time limit to answer each objection (default 05 working days; the Law sets none, a local choice).",
        Default = """{ "workingDays": 5 }""")]
    DurationValue ReplyWithin,
    [Property(
        "Thời hạn xác nhận gỡ niêm yết sau khi hết thời gian công khai (mặc định 01 ngày làm việc).",
        "The time limit to confirm the take-down after the period ends (default 01 working day).",
        Default = """{ "workingDays": 1 }""")]
    DurationValue TakeDownWithin,
    [Property("Nhắc việc cho nhiệm vụ niêm yết, gỡ niêm yết và trả lời phản ánh.", "Reminders of the post-by, take-down and reply tasks.")]
    IReadOnlyList<Reminder>? Reminders,
    [Property("Chuyển người khi các nhiệm vụ trên quá hạn (chỉ reassign).", "Reassignment of those tasks when overdue (reassign only).")]
    Escalation? Escalation,
    [Property("Biến nhận kết quả { objections, opinions, upheld, dismissed, postedAt, closedAt, late, workingDaysLate }.", "The variable that receives { objections, opinions, upheld, dismissed, postedAt, closedAt, late, workingDaysLate }.", Variable = true)]
    string? ResultVariable)
{
    public IReadOnlyList<Reminder> ReminderList => Reminders ?? [];
}
