using System.Text.Json;
using DienHong.Engine.Activities;

namespace DienHong.Workflows.Activities;

/// <summary>A Consultation node's configuration, bound once per definition version; each parameter is a property of the node.</summary>
public sealed record ConsultationConfig(
    [Property("Nội dung lấy ý kiến (văn bản hoặc biểu thức).", "What the staff are consulted on (a text or an expression).", Required = true)]
    JsonElement? Content,
    [Property(
        "Hình thức lấy ý kiến (Điều 54), ví dụ written (văn bản), meeting (hội nghị, cuộc họp), intranet (mạng nội bộ); mặc định written.",
        "The form of consultation (Art. 54), e.g. written, meeting, intranet; default written.",
        Default = "\"written\"")]
    string Form,
    [Property(
        "Thời hạn nhận ý kiến (mặc định 10 ngày làm việc). Luật không quy định thời hạn tối thiểu: đây là lựa chọn của đơn vị, ghi trong kế hoạch.",
        "How long opinions are received (default 10 working days). The Law sets no minimum: this is a local choice, recorded in the plan.",
        Default = """{ "workingDays": 10 }""")]
    DurationValue Deadline,
    [Property("Cho phép gửi ý kiến ẩn danh (mặc định không).", "Whether anonymous opinions are accepted (default false).")]
    bool Anonymous,
    [Property("Người giải trình, tiếp thu ý kiến (mặc định người đứng đầu).", "Who responds to the opinions (default the head).", Default = """{ "role": "head" }""")]
    Assignee Respondent,
    [Property(
        "Thời hạn giải trình, tiếp thu sau khi hết hạn nhận ý kiến (mặc định 05 ngày làm việc).",
        "The time limit for the response after the window closes (default 05 working days).",
        Default = """{ "workingDays": 5 }""")]
    DurationValue ResponseDue,
    [Property(
        "Công khai kết quả tổng hợp và giải trình, tiếp thu (Điều 46, DC-10; mặc định có).",
        "Disclose the summary and the response (Art. 46, DC-10; default true).",
        Default = "true")]
    bool DiscloseResponse,
    [Property("Biến nhận tổng hợp { submissions, anonymous, texts }.", "The variable that receives the summary { submissions, anonymous, texts }.", Variable = true)]
    string? SummaryVariable);
