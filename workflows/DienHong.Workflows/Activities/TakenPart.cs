using DienHong.Engine.Activities;
using DienHong.Engine.Security;

namespace DienHong.Workflows.Activities;

/// <summary>
/// Whether a person has already taken part (đã tham gia) in a waiting ballot or consultation, read from the
/// instance's run state, so a page can say "you voted" instead of offering a ballot the activity would refuse. For a
/// consultation the answer comes from the keyed voices alone: the person's voice is computed with the same key and
/// looked up, so nothing but "already gave one" is learnt, and only about the person asked for.
/// </summary>
public static class TakenPart
{
    /// <summary>Whether <paramref name="person"/> has cast a ballot in the Vote node instance <paramref name="nodeInstanceId"/>.</summary>
    public static bool Voted(string instanceState, string nodeInstanceId, string person) =>
        ActivityStates.Read<VoteState>(instanceState, nodeInstanceId)?.Voters.Contains(person) == true;

    /// <summary>Whether <paramref name="person"/> has given an opinion, named or anonymous, in the open window of the Consultation node instance <paramref name="nodeInstanceId"/>.</summary>
    public static bool GaveOpinion(IKeyring keyring, string instanceId, string instanceState, string nodeInstanceId, string person)
    {
        ArgumentNullException.ThrowIfNull(keyring);
        if (ActivityStates.Read<ConsultationState>(instanceState, nodeInstanceId)?.Submissions is not { Count: > 0 } submissions)
        {
            return false;
        }

        var voice = ConsultationVoices.Voice(keyring, ConsultationVoices.Window(instanceId, nodeInstanceId), person);
        return submissions.Exists(s => s.Voice == voice);
    }
}
