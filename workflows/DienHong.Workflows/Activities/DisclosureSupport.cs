using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Expressions;
using DienHong.Engine.Resources;
using DienHong.Engine.Runtime;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>
/// What the governance activities (Disclosure, Consultation) share: durations counted from a given instant,
/// date properties, the shape of a submission (<c>{ "text", "anonymous" }</c>) and assignees.
/// </summary>
public static class DisclosureSupport
{
    /// <summary>The channels of Law 10/2022 Art. 47.1 the engine knows (niêm yết, mạng nội bộ, hội nghị, văn bản).</summary>
    public static readonly IReadOnlyList<string> KnownChannels = ["notice-board", "intranet", "meeting", "written-notice"];

    /// <summary>The default channels: posted at the office and on the intranet.</summary>
    public static readonly IReadOnlyList<string> DefaultChannels = ["notice-board", "intranet"];

    /// <summary>The open posting or opinion box is an inbox item of the whole audience, e.g. <c>audience:agency</c>.</summary>
    public static string ForAudience(string audience) => "audience:" + audience;

    /// <summary>A duration property as a duration: the literal, or its expression evaluated now.</summary>
    public static Duration Resolve(ActivityContext context, DurationValue value)
    {
        if (value.Literal is { } literal)
        {
            return literal;
        }

        var evaluated = context.EvaluateExpression(value.Expression!);
        return DurationJson.TryRead(evaluated, out var duration, out var problem)
            ? duration
            : throw new ExpressionException(value.Expression!, problem ?? DurationJson.Expected);
    }

    /// <summary>
    /// A date-time property (literal or expression): an ISO date-time, or a date (<c>2027-01-21</c>, taken as the
    /// start of that day in the calendar's time zone). Null when the node does not set it.
    /// </summary>
    public static DateTimeOffset? Instant(ActivityContext context, string property)
    {
        var value = context.EvaluateProperty(property);
        if (value is null)
        {
            return null;
        }

        var text = value.ToString();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var local = day.ToDateTime(TimeOnly.MinValue);
            return new DateTimeOffset(local, context.Calendar.TimeZone.GetUtcOffset(local));
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : throw new InvalidOperationException($"Property '{property}' of node '{context.NodeId}' gave '{text}', which is not a date or a date-time.");
    }

    /// <summary>An instant as ISO 8601 in the calendar's time zone (Hanoi time), as people read it.</summary>
    public static string Iso(ActivityContext context, DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, context.Calendar.TimeZone).ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Reads <c>{ "text", "anonymous" }</c> from a submission; null and a reason when it has no text.</summary>
    public static DisclosureSubmission? ReadSubmission(ResumeInput input, out string? problem)
    {
        var text = input.Data?["text"]?.ToString() ?? input.Comment;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = ActivityMessages.SubmissionNeedsText;
            return null;
        }

        var anonymous = input.Data?["anonymous"] is JsonValue flag && flag.TryGetValue<bool>(out var b) && b;
        problem = null;
        return new DisclosureSubmission(text.Trim(), anonymous);
    }

    /// <summary>The stored form of an assignee: <c>role:head</c>, <c>user:E0142</c>, or the user an expression gives.</summary>
    public static string ResolveAssignee(ActivityContext context, Assignee assignee)
    {
        if (assignee.Role is { } role)
        {
            return Assignee.ForRole(role);
        }

        if (assignee.User is { } user)
        {
            return Assignee.ForUser(user);
        }

        var value = assignee.Expression is { } expression ? context.EvaluateExpression(expression)?.ToString() : null;
        return string.IsNullOrEmpty(value)
            ? throw new InvalidOperationException($"The assignee expression of node '{context.NodeId}' gave no user.")
            : Assignee.ForUser(value);
    }

    public static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());

    /// <summary>A deadline as journal data: the duration, its last day and the instant it ends.</summary>
    public static JsonObject Describe(Deadline deadline) => new()
    {
        ["duration"] = JsonNode.Parse(deadline.Duration.ToString()),
        ["lastDay"] = deadline.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["due"] = deadline.Due.ToString("O", CultureInfo.InvariantCulture),
    };

    /// <summary>Reads a channel list (literal or evaluated); null and a reason when a channel is unknown.</summary>
    public static IReadOnlyList<string>? Channels(JsonNode? value, out string? problem)
    {
        problem = null;
        if (value is null)
        {
            return DefaultChannels;
        }

        if (value is not JsonArray list || list.Any(c => c is not JsonValue))
        {
            problem = "'channels' must be a list of " + string.Join(", ", KnownChannels);
            return null;
        }

        var channels = list.Select(c => c!.ToString()).Distinct(StringComparer.Ordinal).ToList();
        var unknown = channels.Where(c => !KnownChannels.Contains(c)).ToList();
        if (unknown.Count > 0 || channels.Count == 0)
        {
            problem = $"'channels': {(unknown.Count > 0 ? "unknown channel " + string.Join(", ", unknown) : "at least one channel")}; allowed: {string.Join(", ", KnownChannels)}";
            return null;
        }

        return channels;
    }
}
