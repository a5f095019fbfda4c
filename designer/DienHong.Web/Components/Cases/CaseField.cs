namespace DienHong.Web.Components.Cases;

/// <summary>One variable of a case as people read it (trường thông tin): its label, its value in words, and its full declared description.</summary>
public sealed record CaseField(string Name, string Label, string Value, string? Description = null);
