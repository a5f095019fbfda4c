using System.Text.Json.Nodes;
using DienHong.Engine.Resources;
using DienHong.Engine.Validation;
using DienHong.Simulation.Resources;

namespace DienHong.Simulation;

/// <summary>
/// The keys (khóa) each object of a scenario file takes. Any other key is refused with the closest known one
/// suggested, as definitions are: a misspelt key read silently would leave a check out without anyone knowing.
/// </summary>
internal static class ScenarioKeys
{
    public static readonly IReadOnlyList<string> Root = ["workflow", "start", "by", "input", "organization", "agency", "steps"];

    public static readonly IReadOnlyList<string> Expect = ["status", "outcome", "openTasks", "overdue", "vars", "dueDates", "journal"];

    public static readonly IReadOnlyList<string> JournalAssertion = ["event", "node", "at", "count", "absent"];

    /// <summary>The keys a step of each kind takes besides the kind itself.</summary>
    private static readonly Dictionary<string, string[]> StepKeys = new(StringComparer.Ordinal)
    {
        ["complete"] = ["outcome", "by", "comment", "data", "refused"],
        ["object"] = ["text", "anonymous", "by", "refused"],
        ["opine"] = ["text", "anonymous", "by", "refused"],
        ["vote"] = ["choice", "choices", "by", "refused"],
        ["signal"] = ["data", "by", "refused"],
        ["advance"] = [],
        ["cancel"] = ["by", "refused"],
        ["expect"] = [],
    };

    /// <summary>The step kinds that act on the instance, and so can be refused.</summary>
    public static bool CanBeRefused(string kind) => StepKeys[kind].Contains("refused");

    /// <summary>Every key a step of <paramref name="kind"/> takes, the kind first.</summary>
    public static IReadOnlyList<string> OfStep(string kind) => [kind, .. StepKeys[kind]];

    /// <summary>": did you mean 'x'?" with the known name closest to <paramref name="name"/>, or nothing when none is close.</summary>
    public static string Hint(string name, IEnumerable<string> known) =>
        NameSuggestion.Closest(name, known) is { } suggestion ? Text.Format(ScenarioMessages.DidYouMean, suggestion) : string.Empty;

    /// <summary>
    /// The first key of <paramref name="obj"/> that is not <paramref name="known"/>, with the message that refuses
    /// it (<paramref name="owner"/> names the object); null when every key is known.
    /// </summary>
    public static (string Key, string Message)? FirstUnknown(JsonObject obj, string owner, IReadOnlyList<string> known)
    {
        foreach (var (key, _) in obj)
        {
            if (!known.Contains(key))
            {
                return (key, Text.Format(ScenarioMessages.UnknownKey, owner, key, Hint(key, known), string.Join(", ", known)));
            }
        }

        return null;
    }
}
