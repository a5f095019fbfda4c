namespace DienHong.Web.Application.Designer.Versions;

/// <summary>A version exported as a file (tệp định nghĩa): its name (<c>key.vN.workflow.json</c>) and its JSON as stored.</summary>
public sealed record DefinitionFile(string FileName, string Json);
