using Jint;
using Jint.Native;
using Jint.Native.Symbol;
using Jint.Runtime;
using JsEngine = Jint.Engine;

namespace DienHong.Engine.Expressions.Builtins;

/// <summary>
/// <c>replace</c>, <c>replaceAll</c> and <c>RegExp.prototype[Symbol.replace]</c>, whose result can grow with the
/// square of their input (<c>$'</c> repeats the rest of the string at every match). Each is handed a replacer
/// function of ours in place of the caller's: it expands the template (or calls the caller's function) match by
/// match and counts the result as it grows, so the built-in never assembles more than the limit.
/// </summary>
internal static class ReplaceBuiltins
{
    public static void Install(JsEngine engine, SandboxGuard guard)
    {
        var prototype = engine.Global.Get("String").Get("prototype").AsObject();
        foreach (var name in (string[])["replace", "replaceAll"])
        {
            var original = prototype.Get(name);
            var qualified = "String.prototype." + name;
            Js.Replace(engine, prototype, name, name, 2, (self, args) =>
            {
                var search = Js.Arg(args, 0);
                if (!search.IsNull() && !search.IsUndefined() && Js.GetV(engine, search, GlobalSymbolRegistry.Replace) is var replacer
                    && !replacer.IsNull() && !replacer.IsUndefined())
                {
                    return engine.Call(original, self, args);
                }

                var s = Js.ThisString(engine, self, qualified);
                var searchString = TypeConverter.ToString(search);
                return engine.Call(original, s, [searchString, Replacer(engine, guard, qualified, s, Js.Arg(args, 1))]);
            });
        }

        var regExp = engine.Intrinsics.RegExp.Get("prototype").AsObject();
        var symbolReplace = regExp.Get(GlobalSymbolRegistry.Replace);
        Js.Replace(engine, regExp, GlobalSymbolRegistry.Replace, "[Symbol.replace]", 2, (self, args) =>
        {
            var s = TypeConverter.ToString(Js.Arg(args, 0));
            return engine.Call(symbolReplace, self, [s, Replacer(engine, guard, "RegExp.prototype[Symbol.replace]", s, Js.Arg(args, 1))]);
        });

    }

    /// <summary>The function our replacement passes to the built-in: one call per match, in order.</summary>
    private static JsValue Replacer(JsEngine engine, SandboxGuard guard, string operation, string subject, JsValue replaceValue)
    {
        var function = replaceValue.IsCallable() ? replaceValue : null;
        var template = function is null ? TypeConverter.ToString(replaceValue) : null;
        long length = subject.Length;
        return new Jint.Runtime.Interop.ClrFunction(engine, string.Empty, (_, args) =>
        {
            guard.Tick();
            var matched = TypeConverter.ToString(Js.Arg(args, 0));
            var replacement = function is not null
                ? TypeConverter.ToString(engine.Call(function, JsValue.Undefined, args))
                : Expand(args, matched, template!);
            length += replacement.Length - matched.Length;
            guard.CheckGrowing(operation, length);
            return replacement;
        });
    }

    /// <summary>Arguments are (matched, captures..., position, string[, groups]), as a replacer function receives them.</summary>
    private static string Expand(JsValue[] args, string matched, string template)
    {
        var end = args.Length > 0 && !args[^1].IsString() ? args.Length - 1 : args.Length;
        var groups = end < args.Length ? args[^1] : JsValue.Undefined;
        var position = (int)TypeConverter.ToIntegerOrInfinity(args[end - 2]);
        var str = TypeConverter.ToString(args[end - 1]);
        return Substitution.Get(matched, str, position, args.AsSpan(1, end - 3), groups, template);
    }
}
