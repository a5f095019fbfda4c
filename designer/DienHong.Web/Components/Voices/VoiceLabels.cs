using DienHong.Web.Resources;
using DienHong.Workflows.Activities;

namespace DienHong.Web.Components.Voices;

/// <summary>The words shown for a ballot's choices and outcomes (nhãn lựa chọn, kết quả), in the reader's language.</summary>
internal static class VoiceLabels
{
    public static string Choice(string choice) => choice switch
    {
        VoteConfig.Yes => VoicesText.ChoiceYes,
        VoteConfig.No => VoicesText.ChoiceNo,
        VoteConfig.Abstain => VoicesText.ChoiceAbstain,
        _ => choice,
    };

    public static string Outcome(string? outcome) => outcome switch
    {
        VoteRules.Passed => VoicesText.OutcomePassed,
        VoteRules.Failed => VoicesText.OutcomeFailed,
        VoteRules.NoQuorum => VoicesText.OutcomeNoQuorum,
        null => VoicesText.OutcomeNone,
        _ => outcome,
    };
}
