using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Journal;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;

namespace DienHong.Workflows.Activities;

/// <summary>The posting (niêm yết): the poster's proof, the lateness in working days, the period from the actual posting.</summary>
public sealed partial class DisclosureActivity
{
    /// <summary>
    /// The poster completed the post-by task: the channels used (default the checklist), the attachment that proves
    /// it, and when it was posted (default now; an earlier time is accepted, a later one is not).
    /// </summary>
    private static ActivityResult Posting(ActivityContext context, DisclosureConfig config, DisclosureState state, ResumeContext resume)
    {
        var data = resume.Input.Data;
        if (data?["attachments"] is not JsonArray { Count: > 0 } attachments)
        {
            return ActivityResult.Reject(ActivityRefusals.PostingProof, context.NodeId);
        }

        var offered = state.Posting!["channels"]!.AsArray().Select(c => c!.ToString()).ToList();
        var channels = offered;
        if (data["channels"] is { } used)
        {
            var list = used as JsonArray;
            channels = list?.Select(c => c?.ToString() ?? string.Empty).Distinct(StringComparer.Ordinal).ToList() ?? [];
            if (list is null || channels.Count == 0 || channels.Any(c => !DisclosureChannels.Known.Contains(c)))
            {
                return ActivityResult.Reject(ActivityRefusals.PostingChannels, context.NodeId, used.ToJsonString(), string.Join(", ", DisclosureChannels.Known));
            }
        }

        var postedAt = context.Now;
        if (data["postedAt"] is { } given)
        {
            // Never before the decision: a back-dated posting would shorten, or skip, the period staff have to object.
            var decided = DateTimeOffset.Parse(state.Posting!["decisionDate"]!.ToString(), CultureInfo.InvariantCulture);
            if (!LocalTime.TryParse(given.ToString(), context.Calendar.TimeZone, out postedAt) || postedAt > context.Now || postedAt < decided)
            {
                return ActivityResult.Reject(ActivityRefusals.PostingTime, context.NodeId, given.ToString());
            }
        }

        state.Phase = DisclosurePhases.Table.Move(context, state.Phase, DisclosurePhase.Open);
        return ActivityResult.Wait(Post(context, config, state, postedAt, channels, attachments));
    }

    /// <summary>Records the proof of posting and opens the posting to the audience until the period, counted from <paramref name="postedAt"/>, ends.</summary>
    private static NewBookmark Post(
        ActivityContext context, DisclosureConfig config, DisclosureState state, DateTimeOffset postedAt, IReadOnlyList<string> channels, JsonArray? attachments)
    {
        var posting = state.Posting!;
        var window = DateTimeOffset.Parse(posting["startWindow"]!["due"]!.ToString(), CultureInfo.InvariantCulture);
        var period = context.Calendar.Add(postedAt, context.Resolve(config.Period));
        var late = window < postedAt;
        posting["by"] = context.Actor;
        posting["postedAt"] = DisclosureSupport.Iso(context, postedAt);
        posting["channels"] = DisclosureSupport.Strings(channels);
        posting["attachments"] = attachments?.DeepClone();
        posting["period"] = DisclosureSupport.Describe(period);
        posting["late"] = late;
        posting["workingDaysLate"] = late ? WorkingDaysLate(context.Calendar, window, postedAt) : 0;
        context.Journal(JournalEvents.DisclosurePosted, data: posting.DeepClone());
        if (late)
        {
            context.Journal(JournalEvents.DisclosureLate, data: new JsonObject
            {
                ["basis"] = "10/2022/QH15:47.2",
                ["decisionDate"] = posting["decisionDate"]!.DeepClone(),
                ["startWindow"] = posting["startWindow"]!.DeepClone(),
                ["postedAt"] = posting["postedAt"]!.DeepClone(),
                ["workingDaysLate"] = posting["workingDaysLate"]!.DeepClone(),
            });
        }

        return new NewBookmark(
            BookmarkKind.Task, context.NodeId, DisclosureSupport.ForAudience(config.Audience), period.Due, period.Due,
            OpenPosting.Payload(new JsonObject { ["category"] = config.Category }), JournalEvents.OpinionBoxOpened);
    }

    /// <summary>
    /// How many working days after the limit the posting came: the working days after the limit's last day up to
    /// and including the day of the posting. 0 means late by days off only (posted on the weekend after the limit).
    /// </summary>
    private static int WorkingDaysLate(IWorkingCalendar calendar, DateTimeOffset window, DateTimeOffset postedAt)
    {
        var lastDay = Day(calendar, window.AddTicks(-1));
        var posted = Day(calendar, postedAt);
        var count = 0;
        for (var day = lastDay.AddDays(1); day <= posted; day = day.AddDays(1))
        {
            count += calendar.Describe(day).IsWorkingDay ? 1 : 0;
        }

        return count;
    }

    private static DateOnly Day(IWorkingCalendar calendar, DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, calendar.TimeZone).DateTime);
}
