using System.Text.Json.Nodes;

namespace DienHong.Workflows.Activities;

/// <summary>The tally of a ballot (kết quả kiểm phiếu): the choices counted, and how many members the electorate has.</summary>
public sealed record VoteCount(int Yes, int No, int Abstain, int Members)
{
    /// <summary>Those who took part (có mặt, tham gia biểu quyết): every vote cast, abstentions included.</summary>
    public int Attendees => Yes + No + Abstain;

    public JsonObject ToJson(bool quorumMet, bool passed) => new()
    {
        ["yes"] = Yes,
        ["no"] = No,
        ["abstain"] = Abstain,
        ["cast"] = Attendees,
        ["members"] = Members,
        ["quorumMet"] = quorumMet,
        ["passed"] = passed,
    };
}
