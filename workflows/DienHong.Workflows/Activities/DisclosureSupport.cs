using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Runtime;

namespace DienHong.Workflows.Activities;

/// <summary>
/// What the governance activities (Disclosure, Consultation) share: the audience's inbox, times as people read
/// them, deadlines as journal data, and the submission of an opinion or objection (<c>{ "text", "anonymous" }</c>).
/// </summary>
public static class DisclosureSupport
{
    /// <summary>The data of an objection or opinion, declared once for the engine's check.</summary>
    public static readonly IReadOnlyList<ActionField> SubmissionData = [new("text", PropertyKind.Text), new("anonymous", PropertyKind.Boolean)];

    /// <summary>The open posting or opinion box is an inbox item of the whole audience, e.g. <c>audience:agency</c>.</summary>
    public static string ForAudience(string audience) => "audience:" + audience;

    /// <summary>An instant as ISO 8601 in the calendar's time zone (Hanoi time), as people read it.</summary>
    public static string Iso(ActivityContext context, DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, context.Calendar.TimeZone).ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Reads <c>{ "text", "anonymous" }</c> from a submission (the text may be the comment); a refusal when it has no text.</summary>
    public static Submission? ReadSubmission(ActivityContext context, ResumeInput input, out Refusal? refusal)
    {
        var text = input.Data?["text"]?.ToString() ?? input.Comment;
        if (string.IsNullOrWhiteSpace(text))
        {
            refusal = new Refusal(ActivityRefusals.SubmissionText, context.NodeId);
            return null;
        }

        refusal = null;
        var anonymous = input.Data?["anonymous"] is JsonValue flag && flag.TryGetValue<bool>(out var b) && b;
        return new Submission(text.Trim(), anonymous);
    }

    public static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());

    /// <summary>A deadline as journal data: the duration, its last day and the instant it ends.</summary>
    public static JsonObject Describe(Deadline deadline) => new()
    {
        ["duration"] = JsonNode.Parse(deadline.Duration.ToString()),
        ["lastDay"] = deadline.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["due"] = deadline.Due.ToString("O", CultureInfo.InvariantCulture),
    };
}
