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
    [Property("Ngày ban hành quyết định (biểu thức); mặc định: lúc bắt đầu bước.", "The date of the decision (an expression); default: when the node starts.")]
    JsonElement? DecisionDate,
    [Property("Thời điểm niêm yết (biểu thức); mặc định: lúc bước chạy.", "When it was posted (an expression); default: when the node runs.")]
    JsonElement? PostedAt,
    [Property(
        "Khi có phản ánh, Chủ tịch công đoàn xem xét trước khi kết thúc (mặc định có).",
        "With objections, the union chair reviews them before the node completes (default true).",
        Default = "true")]
    bool UnionReview,
    [Property("Biến nhận kết quả { objections, opinions, postedAt, closedAt, late }.", "The variable that receives { objections, opinions, postedAt, closedAt, late }.", Variable = true)]
    string? ResultVariable);
