namespace DienHong.Web.Application.Designer.Versions;

/// <summary>Two versions compared (so sánh hai phiên bản): the summary line in the reader's language, and every change.</summary>
public sealed record VersionComparison(string Key, int From, int To, string Summary, DefinitionDiff Diff);
