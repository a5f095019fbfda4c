using DienHong.Engine.Runtime;
using DienHong.Web.Resources;

namespace DienHong.Web.Application.Voices;

/// <summary>The refusal codes of consultations and ballots (mã từ chối), beside the activities' own; listed in <c>docs/api.md</c>.</summary>
public static class VoiceRefusals
{
    /// <summary>{0} the id.</summary>
    public static readonly MessageCode ConsultationNotFound = Code("consultation.not-found", nameof(VoicesText.ConsultationNotFound));

    /// <summary>{0} the id.</summary>
    public static readonly MessageCode VoteNotFound = Code("vote.not-found", nameof(VoicesText.VoteNotFound));

    /// <summary>{0} the person, {1} the agency.</summary>
    public static readonly MessageCode NotParticipant = Code("consultation.not-participant", nameof(VoicesText.NotParticipant));

    /// <summary>{0} the id.</summary>
    public static readonly MessageCode WindowOpen = Code("consultation.open", nameof(VoicesText.WindowOpen));

    /// <summary>{0} the id.</summary>
    public static readonly MessageCode WindowEnded = Code("consultation.ended", nameof(VoicesText.WindowEnded));

    /// <summary>{0} the id.</summary>
    public static readonly MessageCode BallotOpen = Code("vote.open", nameof(VoicesText.BallotOpen));

    /// <summary>{0} the id.</summary>
    public static readonly MessageCode BallotClosed = Code("vote.closed", nameof(VoicesText.BallotClosed));

    private static MessageCode Code(string value, string resource) => new(value, VoicesText.ResourceManager, resource);
}
