namespace DienHong.Web.Application.Designer.DryRun;

/// <summary>A scenario shipped with the samples (kịch bản mẫu): its name (the file's, without <c>.scenario.json</c>) and its text.</summary>
public sealed record SampleScenario(string Name, string Json);
