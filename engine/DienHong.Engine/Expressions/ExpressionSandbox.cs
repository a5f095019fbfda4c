using System.Globalization;
using System.Text.Json.Nodes;
using Jint;
using JsEngine = Jint.Engine;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;

namespace DienHong.Engine.Expressions;

/// <summary>
/// Evaluates prepared expressions in a fresh, constrained Jint engine each time: no CLR access, no string
/// compilation (<c>eval</c>, <c>Function</c>), no binary buffers, and limits on time, statements, memory (also
/// checked before <c>repeat</c> allocates), recursion and array size.
/// Nothing survives from one evaluation to the next, so instances cannot see each other.
/// </summary>
public sealed class ExpressionSandbox(ExpressionLimits limits)
{
    public ExpressionLimits Limits { get; } = limits;

    public JsonNode? Evaluate(CompiledExpression expression, ExpressionScope scope)
    {
        try
        {
            var engine = NewEngine();
            SandboxHardening.Apply(engine, Limits.MemoryBytes);
            var json = new JsonParser(engine);
            engine.SetValue("vars", json.Parse(scope.Vars.ToJsonString()));
            engine.SetValue("input", scope.Input is null ? JsValue.Undefined : json.Parse(scope.Input.ToJsonString()));
            engine.SetValue("item", scope.Item is null ? JsValue.Undefined : json.Parse(scope.Item.ToJsonString()));
            engine.SetValue("now", engine.Construct("Date", new JsNumber(scope.Now.ToUnixTimeMilliseconds())));
            return ToJson(engine, engine.Evaluate(expression.Script));
        }
        catch (TimeoutException e)
        {
            throw Fail(expression, $"stopped after {Limits.Timeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms (time limit)", e);
        }
        catch (StatementsCountOverflowException e)
        {
            throw Fail(expression, $"stopped after {Limits.MaxStatements} statements (statement limit)", e);
        }
        catch (MemoryLimitExceededException e)
        {
            throw Fail(expression, $"used more than {Limits.MemoryBytes / 1024 / 1024} MB (memory limit)", e);
        }
        catch (RecursionDepthOverflowException e)
        {
            throw Fail(expression, $"recursed deeper than {Limits.RecursionDepth} calls (recursion limit)", e);
        }
        catch (JavaScriptException e)
        {
            throw Fail(expression, e.Message, e);
        }
        catch (Exception e) when (e is not ExpressionException and not OutOfMemoryException)
        {
            throw Fail(expression, e.Message, e);
        }
    }

    /// <summary>Whether the value is true the JavaScript way (a condition).</summary>
    public static bool IsTruthy(JsonNode? value) => value switch
    {
        null => false,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<double>(out var d) => d != 0 && !double.IsNaN(d),
        JsonValue v when v.TryGetValue<long>(out var l) => l != 0,
        JsonValue v when v.TryGetValue<string>(out var s) => s.Length > 0,
        _ => true,
    };

    private JsEngine NewEngine() => new(options =>
    {
        options.Strict();
        options.DisableStringCompilation();
        options.TimeoutInterval(Limits.Timeout);
        options.MaxStatements(Limits.MaxStatements);
        options.LimitMemory(Limits.MemoryBytes);
        options.LimitRecursion(Limits.RecursionDepth);
        options.MaxArraySize(Limits.MaxArraySize);
        options.LocalTimeZone(Calendar.WorkingCalendar.VietnamTimeZone);
    });

    private static JsonNode? ToJson(JsEngine engine, JsValue value)
    {
        if (value.IsNull() || value.IsUndefined())
        {
            return null;
        }

        if (value.IsBoolean())
        {
            return JsonValue.Create(value.AsBoolean());
        }

        if (value.IsString())
        {
            return JsonValue.Create(value.AsString());
        }

        if (value.IsNumber())
        {
            var d = value.AsNumber();
            return d == Math.Floor(d) && Math.Abs(d) < 9e15 ? JsonValue.Create((long)d) : JsonValue.Create(d);
        }

        if (value.IsDate())
        {
            return JsonValue.Create(value.AsDate().ToDateTime().ToString("O", CultureInfo.InvariantCulture));
        }

        var text = new JsonSerializer(engine).Serialize(value);
        return text.IsUndefined() ? null : JsonNode.Parse(text.AsString());
    }

    private static ExpressionException Fail(CompiledExpression expression, string reason, Exception inner) =>
        new(expression.Source, reason, inner);
}
