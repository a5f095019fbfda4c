namespace DienHong.Web.Application.Designer.Versions;

/// <summary>Who did something to a version and when (người thực hiện, thời điểm): the actor's id, and their name when they are a person of the organisation.</summary>
public sealed record VersionStamp(string By, string? ByName, DateTimeOffset At);
