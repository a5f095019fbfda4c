using DienHong.Engine.Runtime;
using DienHong.Web.Resources;

namespace DienHong.Web.Application.Administration;

/// <summary>
/// Why recording a substitution or an announced day was refused (mã từ chối ghi nhận phân công thay thế, ngày công bố);
/// each becomes a problem <c>type</c> of the API, listed in <c>docs/api.md</c>.
/// </summary>
public static class AdministrationRefusals
{
    /// <summary>{0} the agency.</summary>
    public static readonly MessageCode Recorder = Code("substitution.recorder", nameof(AdministrationText.SubstitutionRecorder));

    /// <summary>{0} the id given.</summary>
    public static readonly MessageCode PersonUnknown = Code("substitution.person-unknown", nameof(AdministrationText.SubstitutionPersonUnknown));

    /// <summary>{0} the person.</summary>
    public static readonly MessageCode Self = Code("substitution.self", nameof(AdministrationText.SubstitutionSelf));

    /// <summary>{0} the person, {1} the agency.</summary>
    public static readonly MessageCode OtherAgency = Code("substitution.other-agency", nameof(AdministrationText.SubstitutionOtherAgency));

    public static readonly MessageCode DatesRequired = Code("substitution.dates-required", nameof(AdministrationText.SubstitutionDatesRequired));

    /// <summary>{0} the first day, {1} the last.</summary>
    public static readonly MessageCode Reversed = Code("substitution.reversed", nameof(AdministrationText.SubstitutionReversed));

    /// <summary>{0} the last day, {1} today.</summary>
    public static readonly MessageCode Past = Code("substitution.past", nameof(AdministrationText.SubstitutionPast));

    /// <summary>{0} the person, {1} and {2} the days of the substitution already there.</summary>
    public static readonly MessageCode Overlap = Code("substitution.overlap", nameof(AdministrationText.SubstitutionOverlap));

    /// <summary>{0} the id.</summary>
    public static readonly MessageCode NotFound = Code("substitution.not-found", nameof(AdministrationText.SubstitutionNotFound));

    /// <summary>{0} the id, {1} its last day.</summary>
    public static readonly MessageCode Ended = Code("substitution.ended", nameof(AdministrationText.SubstitutionEnded));

    public static readonly MessageCode DayAdminOnly = Code("calendar.admin-only", nameof(AdministrationText.DayAdminOnly));

    /// <summary>{0} the first and {1} the last year.</summary>
    public static readonly MessageCode DayDate = Code("calendar.date", nameof(AdministrationText.DayDate));

    /// <summary>{0} the kind given.</summary>
    public static readonly MessageCode DayKind = Code("calendar.day-kind", nameof(AdministrationText.DayKind));

    public static readonly MessageCode DayReason = Code("calendar.reason", nameof(AdministrationText.DayReason));

    private static MessageCode Code(string value, string resource) => new(value, AdministrationText.ResourceManager, resource);
}
