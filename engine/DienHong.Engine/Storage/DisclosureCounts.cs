namespace DienHong.Engine.Storage;

/// <summary>
/// One agency's disclosures in a report period (công khai), from the journal: postings later than the 05 working days
/// (Law 10/2022 Art. 47.2), postings on time taken down after their full period (Art. 48), objections received
/// and objections answered. <see cref="Agency"/> is null for instances without one.
/// </summary>
public sealed record DisclosureCounts(string? Agency, int PostedLate, int PostedOnTimeForFullPeriod, int ObjectionsReceived, int ObjectionsAnswered);
