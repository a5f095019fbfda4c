using System.Text.Json.Nodes;
using DienHong.Engine.Resources;
using Jint;
using Jint.Native;
using Jint.Native.Error;
using Jint.Native.Json;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using JsEngine = Jint.Engine;

namespace DienHong.Engine.Expressions;

/// <summary>
/// Evaluates prepared expressions in a fresh, constrained Jint engine each time: no CLR access, no string
/// compilation (<c>eval</c>, <c>Function</c>), no binary buffers, and limits on time (regular expressions
/// included), statements, memory (also checked before a built-in builds a long string or array), recursion, stack
/// and nesting. Any failure, a limit included, becomes an <see cref="ExpressionException"/> that says why.
/// Nothing survives from one evaluation to the next, so instances cannot see each other.
/// </summary>
public sealed class ExpressionSandbox(ExpressionLimits limits)
{
    /// <summary>
    /// The first evaluations in a process compile the interpreter (just in time), which on a loaded machine can
    /// take longer than the whole time limit of an expression. They are run once, unlimited in time, before the
    /// first real evaluation, so that the time limit measures the script and not the compiler.
    /// </summary>
    private static readonly Lazy<bool> WarmedUp = new(WarmUp);

    private readonly SandboxValues values = new(limits);

    public ExpressionLimits Limits { get; } = limits;

    public JsonNode? Evaluate(CompiledExpression expression, ExpressionScope scope)
    {
        _ = WarmedUp.Value;
        return Run(expression, scope);
    }

    private JsonNode? Run(CompiledExpression expression, ExpressionScope scope)
    {
        var guard = new SandboxGuard(Limits);
        guard.Start();
        try
        {
            var engine = NewEngine(guard);
            guard.Engine = engine;
            var isArray = SandboxHardening.Apply(engine, guard, expression.IsPlain);
            var json = new JsonParser(engine);
            engine.SetValue("vars", values.In(json, guard, "vars", scope.Vars));
            engine.SetValue("input", values.In(json, guard, "input", scope.Input));
            engine.SetValue("item", values.In(json, guard, "item", scope.Item));
            engine.SetValue("now", engine.Construct("Date", new JsNumber(scope.Now.ToUnixTimeMilliseconds())));
            engine.SetValue("today", VietnamDate(scope.Now));
            guard.StartClock();
            return values.Out(engine, guard, isArray, engine.Evaluate(expression.Script));
        }
        catch (Exception e) when (ReferenceEquals(e, guard.Raised))
        {
            throw Fail(expression, e.Message, e);
        }
        catch (TimeoutException e)
        {
            throw Fail(expression, guard.TimeLimit().Message, e);
        }
        catch (StatementsCountOverflowException e)
        {
            throw Fail(expression, Text.Format(SandboxMessages.StatementLimit, Limits.MaxStatements), e);
        }
        catch (MemoryLimitExceededException e)
        {
            throw Fail(expression, MemoryReason(e), e);
        }
        catch (RecursionDepthOverflowException e)
        {
            throw Fail(expression, Text.Format(SandboxMessages.RecursionLimit, Limits.RecursionDepth), e);
        }
        catch (InsufficientExecutionStackException e)
        {
            throw Fail(expression, SandboxMessages.ThreadStackLimit, e);
        }
        catch (OutOfMemoryException e)
        {
            throw Fail(expression, SandboxMessages.OutOfMemory, e);
        }
        catch (JavaScriptException e)
        {
            throw Fail(expression, ThrownReason(e), e);
        }
        catch (Exception e) when (e is not ExpressionException)
        {
            throw Fail(expression, e.Message, e);
        }
    }

    private static bool WarmUp()
    {
        var sandbox = new ExpressionSandbox(new ExpressionLimits { Timeout = TimeSpan.FromMinutes(1) });
        var scope = new ExpressionScope(new JsonObject { ["n"] = 2, ["list"] = new JsonArray(1, "a") }, null, DateTimeOffset.UnixEpoch);
        foreach (var code in (string[])[
            "=vars.n > 1 && `${vars.list}` !== ''",
            "=(function f(n){ const o = { valueOf() { return n; } }; return n > 0 ? f(n - 1) + o : [o + 1, { a: [vars.list] }]; })(3)",
            "=[JSON.stringify({ a: [1, 'b'] }), 'ab'.repeat(2).padStart(5).replace(/(a)/g, '$1').split(','), [[1]].flat().join('-'), /(a+)+$/.test('aa')]",
        ])
        {
            try
            {
                sandbox.Run(ExpressionCompiler.Compile(code), scope);
            }
            catch (ExpressionException)
            {
                // A warm-up that fails has still compiled what it ran; it must never fail the evaluations after it.
            }
        }

        return true;
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

    private JsEngine NewEngine(SandboxGuard guard)
    {
        var options = new Options();
        options.Constraint(new StackBudget(guard));
        options.Constraint(new SandboxDeadline(guard));
        options.Strict();
        options.DisableStringCompilation();
        options.MaxStatements(Limits.MaxStatements);
        options.LimitMemory(Limits.MemoryBytes);
        options.LimitRecursion(Limits.RecursionDepth);
        options.MaxArraySize(Limits.MaxArraySize);
        options.RegexTimeoutInterval(Limits.Timeout);
        options.Constraints.StackOverflowGuard = true;
        options.Json.MaxParseDepth = Limits.MaxDepth;
        options.LocalTimeZone(Calendar.WorkingCalendar.VietnamTimeZone);
        guard.Options = options;
        return new JsEngine(options);
    }

    /// <summary>
    /// The date of <paramref name="now"/> in Vietnam (ngày theo giờ Việt Nam) as <c>yyyy-MM-dd</c>: between 00:00 and
    /// 07:00 in Vietnam the UTC date is still the day before, so <c>now.toISOString().slice(0, 10)</c> would be wrong.
    /// </summary>
    private static string VietnamDate(DateTimeOffset now) =>
        TimeZoneInfo.ConvertTime(now, Calendar.WorkingCalendar.VietnamTimeZone)
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Jint raises one exception for two limits: the bytes a script allocated and the size of one array.</summary>
    private string MemoryReason(MemoryLimitExceededException e) =>
        e.Message.StartsWith("The array size", StringComparison.Ordinal)
            ? Text.Format(SandboxMessages.ArrayLimit, Limits.MaxArraySize)
            : Text.Format(SandboxMessages.MemoryLimit, Limits.MemoryBytes / 1024 / 1024);

    /// <summary>
    /// What the script threw, in words. Jint's own stack and string-length errors are limits too. The error's name
    /// and message are read as plain data, so no script runs while the message is written.
    /// </summary>
    private string ThrownReason(JavaScriptException e)
    {
        if (e.Error is not ErrorInstance error)
        {
            return e.Error is ObjectInstance ? SandboxMessages.ThrewObject : e.Message;
        }

        var name = DataProperty(error, "name") ?? "Error";
        var message = DataProperty(error, "message");
        return (name, message) switch
        {
            ("RangeError", "Maximum call stack size exceeded") => SandboxMessages.ThreadStackLimit,
            ("RangeError", "Invalid string length") => Text.Format(SandboxMessages.MemoryLimit, Limits.MemoryBytes / 1024 / 1024),
            (_, null or "") => Text.Format(SandboxMessages.ThrewWithoutMessage, name),
            _ => message,
        };
    }

    private static string? DataProperty(ObjectInstance error, string key)
    {
        for (var o = error; o is not null; o = o.Prototype)
        {
            var property = o.GetOwnProperty(key);
            if (property != PropertyDescriptor.Undefined)
            {
                return property.IsDataDescriptor() && property.Value.IsString() ? property.Value.AsString() : null;
            }
        }

        return null;
    }

    /// <summary>A thrown message can be as long as a string may be; an incident keeps its beginning.</summary>
    private static string Shorten(string reason) => reason.Length <= 500 ? reason : string.Concat(reason.AsSpan(0, 500), "…");

    private static ExpressionException Fail(CompiledExpression expression, string reason, Exception inner) =>
        new(expression.Source, Shorten(reason), inner);
}
