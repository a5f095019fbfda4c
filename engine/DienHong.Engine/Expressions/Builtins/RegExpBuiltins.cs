using System.Text.RegularExpressions;
using Jint;
using Jint.Native;
using JsEngine = Jint.Engine;

namespace DienHong.Engine.Expressions.Builtins;

/// <summary>
/// <c>RegExp.prototype.exec</c>, through which every match goes (<c>test</c>, <c>replace</c>, <c>split</c>,
/// <c>match</c>...): no match starts after the deadline, and none runs past it. Jint's own engine reads its
/// timeout at every match; a .NET regular expression keeps the timeout it was built with, so one that would
/// outlive the deadline is rebuilt, same pattern and options, with the time that is left.
/// </summary>
internal static class RegExpBuiltins
{
    public static void Install(JsEngine engine, SandboxGuard guard)
    {
        var prototype = engine.Intrinsics.RegExp.Get("prototype").AsObject();
        var exec = prototype.Get("exec");
        Js.Replace(engine, prototype, "exec", "exec", 1, (self, args) =>
        {
            return guard.Match(() =>
            {
                if (self is JsRegExp { ParseResult.ConversionResult: Regex } r && guard.OutlivesDeadline(r.Value.MatchTimeout))
                {
                    r.Value = new Regex(r.Value.ToString(), r.Value.Options & ~RegexOptions.Compiled, guard.Remaining);
                }

                return engine.Call(exec, self, args);
            });
        });
    }
}
