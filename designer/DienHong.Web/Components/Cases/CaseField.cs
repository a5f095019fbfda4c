namespace DienHong.Web.Components.Cases;

/// <summary>One variable of a case as people read it (trường thông tin): its label and its value in words.</summary>
public sealed record CaseField(string Name, string Label, string Value);
