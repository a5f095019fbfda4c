using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Storage;
using DienHong.Workflows.Organization;

namespace DienHong.Web.Application.Disclosures;

/// <summary>
/// Shows a posting as a <see cref="DisclosureItem"/> (hiển thị nội dung công khai): the journalled proof of posting
/// read as people read it, the step's and workflow's names from the case's definition, and the working days left.
/// </summary>
public sealed class DisclosureViews(DefinitionLookup definitions, OrganizationDirectory organization, IWorkingCalendar calendar, TimeProvider clock)
{
    public async ValueTask<DisclosureItem> ViewAsync(DisclosurePosting posting, CancellationToken cancellationToken = default)
    {
        var definition = await definitions.GetAsync(posting.DefinitionId, cancellationToken).ConfigureAwait(false);
        var proof = posting.Proof is { } json ? JsonNode.Parse(json) as JsonObject : null;
        var postedBy = Text(proof?["by"]);
        var periodEnd = Time(proof?["period"]?["due"]);
        var now = clock.GetUtcNow();
        return new DisclosureItem(
            DisclosureId.Of(posting.InstanceId, posting.Seq),
            posting.InstanceId,
            posting.NodeId,
            definition?.FindNode(posting.NodeId)?.Name ?? new LocalizedText(posting.NodeId),
            posting.DefinitionKey,
            posting.DefinitionVersion,
            definition?.Name ?? new LocalizedText(posting.DefinitionKey),
            posting.Agency,
            posting.CorrelationKey,
            Text(proof?["document"]),
            Text(proof?["category"]),
            Strings(proof?["channels"]),
            Time(proof?["postedAt"]) ?? posting.At,
            postedBy,
            postedBy is null ? null : organization.FindPerson(postedBy)?.FullName,
            Strings(proof?["attachments"]),
            proof?["late"] is JsonValue late && late.TryGetValue<bool>(out var isLate) && isLate,
            proof?["workingDaysLate"] is JsonValue days && days.TryGetValue<int>(out var n) ? n : 0,
            posting.OpenUntil is not null,
            posting.OpenUntil ?? periodEnd,
            posting.OpenUntil is { } end ? WorkingDaysLeft(end, now) : null);
    }

    /// <summary>
    /// The working days after today up to the period's last day, as the due chip counts them: 0 on the last day or
    /// once it has ended (the period is in consecutive days; the count tells how much office time is left).
    /// </summary>
    public int WorkingDaysLeft(DateTimeOffset end, DateTimeOffset now)
    {
        if (now >= end)
        {
            return 0;
        }

        var today = LocalDate(now);
        var lastDay = LocalDate(end.AddTicks(-1));
        var count = 0;
        for (var day = today.AddDays(1); day <= lastDay; day = day.AddDays(1))
        {
            count += calendar.Describe(day).IsWorkingDay ? 1 : 0;
        }

        return count;
    }

    private DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, calendar.TimeZone).DateTime);

    /// <summary>A person's full name, or null for nobody or someone the organisation no longer has.</summary>
    public string? NameOf(string? personId) => personId is null ? null : organization.FindPerson(personId)?.FullName;

    internal static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    internal static DateTimeOffset? Time(JsonNode? node) =>
        Text(node) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray list ? [.. list.Select(Text).OfType<string>()] : [];
}
