using System.Globalization;
using DienHong.Engine.Runtime;
using DienHong.Web.Resources;
using DienHong.Workflows.Activities;

namespace DienHong.Web.Application;

/// <summary>
/// Why a service refused a request (lý do từ chối), as data: its kind, a stable code (the engine's, an activity's or
/// the application's) and the code's arguments. The text is made in the reader's language only when asked for;
/// <see cref="Details"/> carries structured findings (a definition's validation errors).
/// </summary>
public sealed record ServiceRefusal(RefusalKind Kind, MessageCode Code, IReadOnlyList<object?> Args)
{
    public ServiceRefusal(RefusalKind kind, MessageCode code, params object?[] args)
        : this(kind, code, (IReadOnlyList<object?>)args)
    {
    }

    /// <summary>Structured findings behind the refusal, when it has any (shown as the problem's <c>errors</c>).</summary>
    public object? Details { get; init; }

    /// <summary>The refusal worded in <paramref name="culture"/> (default: the current UI culture).</summary>
    public string Message(CultureInfo? culture = null) => Code.Format(Args, culture);

    /// <summary>A short title of the refusal's kind in <paramref name="culture"/>.</summary>
    public string Title(CultureInfo? culture = null) => ApplicationText.ResourceManager.GetString(
        Kind switch
        {
            RefusalKind.Invalid => nameof(ApplicationText.TitleInvalid),
            RefusalKind.Forbidden => nameof(ApplicationText.TitleForbidden),
            RefusalKind.NotFound => nameof(ApplicationText.TitleNotFound),
            _ => nameof(ApplicationText.TitleConflict),
        },
        culture ?? CultureInfo.CurrentUICulture)!;

    /// <summary>An engine refusal with the kind its code and run status call for.</summary>
    public static ServiceRefusal Of(RunResult result)
    {
        var refusal = result.Refusal!;
        var kind = refusal.Code.Value == ActivityRefusals.NotAssignee.Value ? RefusalKind.Forbidden
            : StateCodes.Contains(refusal.Code.Value) ? RefusalKind.Conflict
            : result.Status switch
            {
                RunStatus.NotFound => RefusalKind.NotFound,
                RunStatus.Rejected => RefusalKind.Invalid,
                _ => RefusalKind.Conflict,
            };
        return new ServiceRefusal(kind, refusal.Code, refusal.Args);
    }

    /// <summary>Refused as Rejected by the engine, yet about the case's state rather than the request: a conflict.</summary>
    private static readonly HashSet<string> StateCodes =
        [RefusalCodes.DefinitionNotPublished.Value, RefusalCodes.InstanceEnded.Value, RefusalCodes.InstanceNotFaulted.Value, RefusalCodes.InstanceTampered.Value];
}
