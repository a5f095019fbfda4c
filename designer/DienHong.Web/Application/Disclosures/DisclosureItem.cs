using DienHong.Calendar;

namespace DienHong.Web.Application.Disclosures;

/// <summary>
/// One posting on the disclosures board (một nội dung công khai): what is disclosed (the step's title, the document,
/// the Art. 46 category), where it is (case, procedure, agency), the proof of posting (who, when, the channels, the
/// photo or link), whether it was late, and while it is open, the end of its period and the working days left.
/// Its <see cref="Id"/> is <c>&lt;case id&gt;.&lt;journal entry of the posting&gt;</c>.
/// </summary>
public sealed record DisclosureItem(
    string Id,
    string InstanceId,
    string NodeId,
    LocalizedText Title,
    string WorkflowKey,
    int WorkflowVersion,
    LocalizedText WorkflowName,
    string? Agency,
    string? CorrelationKey,
    string? Document,
    string? Category,
    IReadOnlyList<string> Channels,
    DateTimeOffset PostedAt,
    string? PostedBy,
    string? PostedByName,
    IReadOnlyList<string> Proof,
    bool Late,
    int WorkingDaysLate,
    bool Open,
    DateTimeOffset? PeriodEnd,
    int? WorkingDaysLeft);
