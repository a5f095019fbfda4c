using DienHong.Engine.Activities;

namespace DienHong.Workflows.Activities;

/// <summary>A Vote node's configuration, bound once per definition version; each parameter is a property of the node.</summary>
public sealed record VoteConfig(
    [Property(
        "Người biểu quyết: danh sách mã người dùng, biểu thức cho danh sách, hoặc { role } (khi đó cần 'size').",
        "Who votes: a list of user ids, an expression giving one, or { role } (then 'size' is needed).",
        Required = true)]
    Electorate? Electorate,
    [Property(
        "Tổng số thành viên (bắt buộc khi người biểu quyết cho theo vai trò, vì danh bạ tổ chức chưa có).",
        "The number of members (required for a role electorate while the organisation directory is not available).")]
    VoteSize? Size,
    [Property("Số người tham dự tối thiểu, ví dụ { \"fraction\": \"2/3\" } tổng số thành viên.", "The quorum, e.g. { \"fraction\": \"2/3\" } of the members.")]
    VoteQuorum? Quorum,
    [Property(
        "Ngưỡng thông qua: { moreThan | atLeast: tỷ lệ, of: attendees | members | votes }; mặc định trên 50% số người tham dự.",
        "Pass threshold: { moreThan | atLeast: share, of: attendees | members | votes }; default more than 50% of attendees.",
        Default = """{ "moreThan": "1/2", "of": "attendees" }""")]
    VoteThreshold? Threshold,
    [Property("Bỏ phiếu kín: nhật ký không ghi lựa chọn của từng người.", "Secret ballot: the journal never links a voter to a choice.")]
    bool Secret,
    [Property(
        "Khi số phiếu đồng ý và không đồng ý bằng nhau: fail (không thông qua, mặc định) hoặc chair (theo ý kiến chủ tịch).",
        "When yes equals no: fail (default) or chair (the chair's vote decides).",
        Default = "\"fail\"")]
    string Tie,
    [Property("Mã người dùng của chủ tịch (khi tie = chair).", "The chair's user id (when tie is chair).")]
    string? Chair,
    [Property("Thời hạn biểu quyết; hết hạn thì kết thúc và kiểm phiếu.", "How long the ballot stays open; at the deadline it closes and is counted.")]
    DurationValue? Deadline,
    [Property(
        "Khi không đủ số người tham dự thì triệu tập lại: cần cạnh NoQuorum về một bước biểu quyết mới (Điều 50.2).",
        "Reconvene when the quorum fails: needs a NoQuorum edge back to a new Vote node (Art. 50.2).")]
    bool Reconvene,
    [Property("Biến nhận kết quả { yes, no, abstain, cast, members, quorumMet, passed }.", "The variable that receives { yes, no, abstain, cast, members, quorumMet, passed }.", Variable = true)]
    string? ResultVariable,
    [Property(
        "Các nội dung biểu quyết trên cùng một phiếu (ví dụ mỗi người được đề nghị một nội dung): danh sách { id, label } hoặc biểu thức cho danh sách mã; mỗi nội dung có kết quả riêng.",
        "The questions of one ballot (e.g. one per nominee): a list of { id, label } or an expression giving a list of ids; each question has its own result.")]
    VoteQuestions? Questions)
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string Abstain = "abstain";
    public const string TieFail = "fail";
    public const string TieChair = "chair";

    public static readonly IReadOnlyList<string> Choices = [Yes, No, Abstain];

    /// <summary>The threshold that decides: the node's, or more than half of the attendees.</summary>
    public VoteThreshold PassThreshold => Threshold ?? VoteThreshold.MajorityOfAttendees;
}
