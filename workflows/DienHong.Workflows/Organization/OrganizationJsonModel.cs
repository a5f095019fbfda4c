using System.Text.Json.Nodes;

namespace DienHong.Workflows.Organization;

/// <summary>The shape of the organisation file (tệp tổ chức), as (de)serialised; <see cref="OrganizationJson"/> maps it to the model.</summary>
internal static class OrganizationJsonModel
{
    internal sealed record DocumentDto(
        JsonNode? Name,
        List<AgencyDto?>? Agencies,
        List<PersonDto?>? People,
        List<SubstitutionDto?>? Substitutions);

    internal sealed record AgencyDto(
        string? Id,
        JsonNode? Name,
        string? SuperiorId,
        string? Kind,
        int? StaffCount,
        List<UnitDto?>? Units,
        Dictionary<string, List<string?>?>? Roles);

    internal sealed record UnitDto(string? Id, JsonNode? Name);

    internal sealed record PersonDto(
        string? Id,
        string? FullName,
        string? AgencyId,
        string? UnitId,
        string? StaffType,
        string? JobPosition,
        string? SalaryGrade,
        int? SalaryStep,
        string? LastStepDate,
        bool? IsManager,
        bool? IsUnionMember,
        string? Email);

    internal sealed record SubstitutionDto(string? PersonId, string? SubstituteId, string? From, string? To, string? Reason);
}
