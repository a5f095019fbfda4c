using DienHong.Engine.Runtime;
using DienHong.Web.Resources;

namespace DienHong.Web.Application.Designer.DryRun;

/// <summary>
/// The refusal codes of the designer's dry run (mã từ chối chạy thử); each becomes a problem <c>type</c> of the API.
/// The table of every code is in <c>docs/api.md</c>.
/// </summary>
public static class DryRunRefusals
{
    public static readonly MessageCode SignInRequired = Code("dry-run.sign-in", nameof(DesignerDryRunText.SignInRequired));

    /// <summary>{0} the characters given, {1} the most.</summary>
    public static readonly MessageCode DefinitionTooLarge = Code("dry-run.definition-too-large", nameof(DesignerDryRunText.DefinitionTooLarge));

    /// <summary>{0} the characters given, {1} the most.</summary>
    public static readonly MessageCode ScenarioTooLarge = Code("dry-run.scenario-too-large", nameof(DesignerDryRunText.ScenarioTooLarge));

    /// <summary>{0} the steps given, {1} the most.</summary>
    public static readonly MessageCode TooManySteps = Code("dry-run.too-many-steps", nameof(DesignerDryRunText.TooManySteps));

    /// <summary>{0} the number of errors, {1} the first; the problem's <c>errors</c> list them all.</summary>
    public static readonly MessageCode DefinitionInvalid = Code("dry-run.definition-invalid", nameof(DesignerDryRunText.DefinitionInvalid));

    /// <summary>{0} the problem; the problem's <c>errors</c> give its line and step.</summary>
    public static readonly MessageCode ScenarioInvalid = Code("dry-run.scenario-invalid", nameof(DesignerDryRunText.ScenarioInvalid));

    /// <summary>The request body lacks the definition or the scenario.</summary>
    public static readonly MessageCode RequestShape = Code("dry-run.request", nameof(DesignerDryRunText.RequestShape));

    /// <summary>{0} what is wrong with a year's calendar file.</summary>
    public static readonly MessageCode CalendarBroken = Code("dry-run.calendar", nameof(DesignerDryRunText.CalendarBroken));

    private static MessageCode Code(string value, string resource) => new(value, DesignerDryRunText.ResourceManager, resource);
}
