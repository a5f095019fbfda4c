using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Journal;

namespace DienHong.Workflows.Activities;

/// <summary>
/// A ballot with several questions (phiếu biểu quyết nhiều nội dung), e.g. one per nominee (Decree 98/2023 Art.
/// 30.7: at least 80% of all council members, per nominee). A member answers every question on one ballot
/// (<c>{ "choices": { "&lt;question&gt;": "yes" | "no" | "abstain" } }</c>); each question is decided alone by the same
/// quorum, threshold and tie rules. The node ends <c>Passed</c> when at least one question passed, <c>Failed</c> when
/// none did, <c>NoQuorum</c> when too few members voted.
/// </summary>
internal static class VoteQuestionBallot
{
    public const string ChoicesKey = "choices";

    public static JsonArray Payload(IEnumerable<VoteQuestion> questions) =>
        [.. questions.Select(q => (JsonNode)new JsonObject { ["id"] = q.Id, ["label"] = q.LabelJson() })];

    /// <summary>The member's answers, each question once and every question answered; or the refusal.</summary>
    public static ActivityResult? Read(ActivityContext context, VoteState state, JsonObject? data, out Dictionary<string, string> answers)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        answers = given;
        var ids = state.Questions!.Select(q => q.Id).ToList();
        var known = ids.ToHashSet(StringComparer.Ordinal);
        if (data?[ChoicesKey] is not JsonObject choices)
        {
            return ActivityResult.Reject(ActivityRefusals.VoteQuestionMissing, context.NodeId, string.Join(", ", ids));
        }

        foreach (var (id, value) in choices)
        {
            if (!known.Contains(id))
            {
                return ActivityResult.Reject(ActivityRefusals.VoteQuestionUnknown, context.NodeId, id, string.Join(", ", ids));
            }

            var choice = value is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim().ToLowerInvariant() : value?.ToJsonString() ?? "null";
            if (!VoteConfig.Choices.Contains(choice))
            {
                return ActivityResult.Reject(ActivityRefusals.VoteChoice, context.NodeId, choice);
            }

            given[id] = choice;
        }

        var missing = ids.Where(id => !given.ContainsKey(id)).ToList();
        return missing.Count > 0 ? ActivityResult.Reject(ActivityRefusals.VoteQuestionMissing, context.NodeId, string.Join(", ", missing)) : null;
    }

    /// <summary>Counts one member's ballot; an open ballot journals the answers, a secret one only that the member voted.</summary>
    public static void Count(ActivityContext context, VoteConfig config, VoteState state, string voter, Dictionary<string, string> answers)
    {
        foreach (var (id, choice) in answers)
        {
            state.Tallies![id].Add(choice);
        }

        if (config.Tie == VoteConfig.TieChair && voter == config.Chair)
        {
            state.ChairChoices = answers;
        }

        var ordered = new JsonObject();
        foreach (var question in state.Questions!)
        {
            ordered[question.Id] = answers[question.Id];
        }

        context.Journal(JournalEvents.VoteCast, data: config.Secret ? new JsonObject { ["secret"] = true } : new JsonObject { [ChoicesKey] = ordered });
    }

    /// <summary>Each question's result in the listed order, and the node's outcome.</summary>
    public static (string Outcome, JsonObject Result, bool? TieDecidedByChair) Decide(VoteConfig config, VoteState state)
    {
        var results = new JsonArray();
        var passed = new JsonArray();
        var failed = new JsonArray();
        var quorumMet = true;
        foreach (var question in state.Questions!)
        {
            var count = state.Tallies![question.Id].Count(state.Members);
            var (outcome, met) = VoteRules.Decide(config.Quorum?.Fraction, config.PassThreshold, config.Tie, count, state.ChairChoices?.GetValueOrDefault(question.Id));
            quorumMet = met;
            var line = count.ToJson(met, outcome == VoteRules.Passed);
            line.Insert(0, "id", question.Id);
            line.Insert(1, "label", question.LabelJson());
            line["tieDecidedByChair"] = VoteRules.TieDecidedByChair(config.Tie, met, count);
            results.Add(line);
            (outcome == VoteRules.Passed ? passed : failed).Add(question.Id);
        }

        var result = new JsonObject
        {
            ["cast"] = state.Voters.Count,
            ["members"] = state.Members,
            ["quorumMet"] = quorumMet,
            ["passed"] = passed,
            ["failed"] = failed,
            ["questions"] = results,
        };
        var node = !quorumMet ? VoteRules.NoQuorum : passed.Count > 0 ? VoteRules.Passed : VoteRules.Failed;
        return (node, result, null);
    }
}
