using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Expressions;

namespace DienHong.Engine.Runtime;

/// <summary>
/// Why a node failed (nguyên nhân sự cố), as data: a <see cref="MessageCode"/> with its arguments, and for a thrown
/// exception its type and stack. The journal keeps the code and arguments, never prose, so each reader sees the
/// text in their own language.
/// </summary>
public sealed record Failure(MessageCode Code, IReadOnlyList<object?> Args)
{
    /// <summary>The full name of the exception the failure came from, if any.</summary>
    public string? ExceptionType { get; init; }

    public string? StackTrace { get; init; }

    /// <summary>The failure worded in <paramref name="culture"/> (default: the current UI culture).</summary>
    public string Message(CultureInfo? culture = null) => Code.Format(Args, culture);

    /// <summary>A failure an activity described in its own words.</summary>
    public static Failure Described(string message) => new(IncidentCodes.ActivityFaulted, [message]);

    /// <summary>An exception thrown while a node ran: its type, message and stack are kept.</summary>
    public static Failure Of(Exception e) =>
        e is ActivityFaultException fault ? fault.Failure
        : (e is ExpressionException x
            ? new Failure(IncidentCodes.ExpressionFailed, [x.Expression, x.Reason])
            : new Failure(IncidentCodes.ActivityException, [e.GetType().Name, e.Message]))
        with
        {
            ExceptionType = e.GetType().FullName,
            StackTrace = e.StackTrace,
        };

    /// <summary>The language-neutral form the journal keeps: <c>{"code", "args", "exceptionType"}</c>.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["code"] = Code.Value,
            ["args"] = new JsonArray([.. Args.Select(a => a switch
            {
                null => null,
                int i => JsonValue.Create(i),
                long l => JsonValue.Create(l),
                _ => (JsonNode?)JsonValue.Create(Convert.ToString(a, CultureInfo.InvariantCulture)),
            })]),
        };
        if (ExceptionType is not null)
        {
            json["exceptionType"] = ExceptionType;
        }

        return json;
    }

    /// <summary>Reads back what <see cref="ToJson"/> wrote; null when the code is not an incident code this engine knows.</summary>
    public static Failure? FromJson(JsonObject json)
    {
        if (json["code"] is not JsonValue code || !code.TryGetValue(out string? value) || IncidentCodes.Find(value) is not { } known
            || json["args"] is not JsonArray args)
        {
            return null;
        }

        object? Arg(JsonNode? a) => a is JsonValue v && v.TryGetValue(out long n) ? n : a?.ToString();
        return new Failure(known, [.. args.Select(Arg)]) { ExceptionType = json["exceptionType"]?.ToString() };
    }
}
