using System.Text;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using JsEngine = Jint.Engine;

namespace DienHong.Engine.Expressions.Builtins;

/// <summary>
/// The string built-ins that can build a long string in one call: their result length is known from their
/// arguments, so it is checked against <see cref="ExpressionLimits.MaxStringLength"/> before anything is allocated.
/// Arguments are converted once, here, and passed on converted, so a <c>toString</c> still runs only once.
/// </summary>
internal static class StringBuiltins
{
    public static void Install(JsEngine engine, SandboxGuard guard)
    {
        var stringConstructor = engine.Global.Get("String").AsObject();
        var prototype = stringConstructor.Get("prototype").AsObject();
        var repeat = prototype.Get("repeat");
        Js.Replace(engine, prototype, "repeat", "repeat", 1, (self, args) =>
        {
            var s = Js.ThisString(engine, self, "String.prototype.repeat");
            var count = TypeConverter.ToIntegerOrInfinity(Js.Arg(args, 0));
            if (count > 0 && !double.IsPositiveInfinity(count))
            {
                guard.CheckString("String.prototype.repeat", s.Length * count);
            }

            return engine.Call(repeat, s, [count]);
        });
        Pad(engine, guard, prototype, "padStart");
        Pad(engine, guard, prototype, "padEnd");
        Js.Replace(engine, prototype, "concat", "concat", 1, (self, args) =>
        {
            var parts = new string[args.Length + 1];
            parts[0] = Js.ThisString(engine, self, "String.prototype.concat");
            long length = parts[0].Length;
            for (var i = 0; i < args.Length; i++)
            {
                parts[i + 1] = TypeConverter.ToString(args[i]);
                length += parts[i + 1].Length;
            }

            guard.CheckString("String.prototype.concat", length);
            return string.Concat(parts);
        });
        Js.Replace(engine, stringConstructor, "raw", "raw", 1, (_, args) => Raw(engine, guard, args));

        foreach (var name in (string[])["normalize", "toUpperCase", "toLowerCase", "toLocaleUpperCase", "toLocaleLowerCase"])
        {
            Js.CapResult(engine, guard, prototype, name, "String.prototype." + name);
        }

        foreach (var name in (string[])["encodeURI", "encodeURIComponent", "escape"])
        {
            Js.CapResult(engine, guard, engine.Global, name, name);
        }
    }

    private static void Pad(JsEngine engine, SandboxGuard guard, ObjectInstance prototype, string name)
    {
        var original = prototype.Get(name);
        var qualified = "String.prototype." + name;
        Js.Replace(engine, prototype, name, name, 1, (self, args) =>
        {
            var s = Js.ThisString(engine, self, qualified);
            var maxLength = TypeConverter.ToLength(Js.Arg(args, 0));
            var fill = Js.Arg(args, 1);
            var filler = fill.IsUndefined() ? " " : TypeConverter.ToString(fill);
            if (maxLength > (ulong)s.Length && filler.Length > 0)
            {
                guard.CheckString(qualified, maxLength);
            }

            return engine.Call(original, s, [(double)maxLength, filler]);
        });
    }

    /// <summary>String.raw (ES2024 22.1.2.4), building its result under the size limit.</summary>
    private static JsValue Raw(JsEngine engine, SandboxGuard guard, JsValue[] args)
    {
        var cooked = Js.ToObject(engine, Js.Arg(args, 0));
        var literals = Js.ToObject(engine, cooked.Get("raw"));
        var literalCount = Js.LengthOfArrayLike(literals);
        var substitutionCount = (ulong)Math.Max(0, args.Length - 1);
        var result = new StringBuilder();
        for (ulong next = 0; next < literalCount; next++)
        {
            guard.Tick();
            Append(guard, result, TypeConverter.ToString(literals.Get(next)));
            if (next + 1 == literalCount)
            {
                break;
            }

            if (next < substitutionCount)
            {
                Append(guard, result, TypeConverter.ToString(args[(int)next + 1]));
            }
        }

        return result.ToString();
    }

    private static void Append(SandboxGuard guard, StringBuilder result, string piece)
    {
        guard.CheckGrowing("String.raw", (long)result.Length + piece.Length);
        result.Append(piece);
    }
}
