namespace DienHong.Workflows.Organization;

/// <summary>
/// A person (cán bộ, công chức, viên chức, người lao động) with what the regulations look at: staff type, job
/// position, salary grade and step with the date of the last step, manager or not, union member or not.
/// </summary>
public sealed record Person(
    string Id,
    string FullName,
    string AgencyId,
    string? UnitId,
    StaffType StaffType,
    string? JobPosition,
    string? SalaryGrade,
    int? SalaryStep,
    DateOnly? LastStepDate,
    bool IsManager,
    bool IsUnionMember,
    string? Email);
