namespace DienHong.Web.Application.Definitions;

/// <summary>What the validator says of a posted definition (kết quả kiểm tra): valid or not, and every finding.</summary>
public sealed record DefinitionCheck(bool Valid, IReadOnlyList<ValidationFinding> Findings);
