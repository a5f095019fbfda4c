using DienHong.Engine.Activities;

namespace DienHong.Workflows.Activities;

/// <summary>The phases of a Consultation (giai đoạn lấy ý kiến): the window for opinions, then the respondent's answer.</summary>
public enum ConsultationPhase
{
    /// <summary>The window is open: each person sends one opinion.</summary>
    Open,

    /// <summary>The window has closed and the opinions are compiled; the respondent answers (giải trình, tiếp thu).</summary>
    Response,

    /// <summary>Answered (and disclosed): the node completes.</summary>
    Closed,
}

/// <summary>The moves between <see cref="ConsultationPhase"/>s.</summary>
public static class ConsultationPhases
{
    public static PhaseTable<ConsultationPhase> Table { get; } = new PhaseTable<ConsultationPhase>()
        .Permit(ConsultationPhase.Open, ConsultationPhase.Response)
        .Permit(ConsultationPhase.Response, ConsultationPhase.Closed);
}
