using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Engine.Expressions.Builtins;
using DienHong.Engine.Resources;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;
using JsEngine = Jint.Engine;

namespace DienHong.Engine.Expressions;

/// <summary>
/// Moves values across the sandbox: JSON variables in, the script's result out as JSON. Both stay within the
/// depth and size limits, and a result JSON cannot hold (NaN, an invalid date, a BigInt, a cycle) is refused
/// with a reason rather than stored.
/// </summary>
internal sealed class SandboxValues(ExpressionLimits limits)
{
    // The earliest and latest instants .NET can hold (years 1 and 9999), in JavaScript time values.
    private static readonly double MinTime = (DateTime.MinValue - DateTime.UnixEpoch).TotalMilliseconds;
    private static readonly double MaxTime = (DateTime.MaxValue - DateTime.UnixEpoch).TotalMilliseconds;

    private readonly JsonSerializerOptions writeOptions = new() { MaxDepth = limits.MaxDepth };
    private readonly JsonDocumentOptions readOptions = new() { MaxDepth = limits.MaxDepth };

    public JsValue In(JsonParser parser, SandboxGuard guard, string name, JsonNode? value)
    {
        if (value is null)
        {
            return JsValue.Undefined;
        }

        string text;
        try
        {
            text = value.ToJsonString(writeOptions);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The writer refuses to go deeper than MaxDepth, with an InvalidOperationException.
            throw guard.Abort(Text.Format(SandboxMessages.InputDepth, name, limits.MaxDepth));
        }

        return parser.Parse(text);
    }

    public JsonNode? Out(JsEngine engine, SandboxGuard guard, JsValue? isArray, JsValue value)
    {
        if (value.IsNull() || value.IsUndefined() || value.IsSymbol() || value.IsCallable())
        {
            return null;
        }

        if (value.IsBoolean())
        {
            return JsonValue.Create(value.AsBoolean());
        }

        if (value.IsString())
        {
            var text = value.AsString();
            return text.Length <= limits.MaxStringLength
                ? JsonValue.Create(text)
                : throw guard.Abort(Text.Format(SandboxMessages.ResultTooLong, limits.MaxStringLength));
        }

        if (value.IsNumber())
        {
            var d = value.AsNumber();
            if (!double.IsFinite(d))
            {
                throw guard.Abort(Text.Format(SandboxMessages.NotFinite, TypeConverter.ToString(value)));
            }

            return d == Math.Floor(d) && Math.Abs(d) < 9e15 ? JsonValue.Create((long)d) : JsonValue.Create(d);
        }

        if (value.IsDate())
        {
            var time = value.AsDate().DateValue;
            return double.IsNaN(time) ? throw guard.Abort(SandboxMessages.InvalidDate)
                : time < MinTime || time > MaxTime ? throw guard.Abort(SandboxMessages.DateOutOfRange)
                : JsonValue.Create(value.AsDate().ToDateTime().ToString("O", CultureInfo.InvariantCulture));
        }

        var json = JsonWriter.Result(engine, guard, isArray, value);
        return json is null ? null : JsonNode.Parse(json, documentOptions: readOptions);
    }
}
