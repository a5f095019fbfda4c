using System.Globalization;
using System.Text;
using DienHong.Engine.Resources;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using JsEngine = Jint.Engine;

namespace DienHong.Engine.Expressions.Builtins;

/// <summary>
/// JSON.stringify (ES2024 25.5.2) under the sandbox's limits: the text is counted as it is written (an object
/// that holds the same object many times over, or a deep one indented, would otherwise write gigabytes), and its
/// nesting counts against <see cref="ExpressionLimits.MaxDepth"/>. It also turns an evaluation's result into JSON,
/// then with messages about the result. <c>isArray</c> is the original <c>Array.isArray</c> (it sees through
/// proxies); without it only arrays are arrays.
/// </summary>
internal sealed class JsonWriter(JsEngine engine, SandboxGuard guard, JsValue? isArray, bool forResult)
{
    private const string Operation = "JSON.stringify";

    private readonly HashSet<ObjectInstance> stack = new(ReferenceEqualityComparer.Instance);
    private readonly StringBuilder output = new();
    private JsValue? replacerFunction;
    private List<string>? propertyList;
    private string gap = string.Empty;
    private string indent = string.Empty;
    private int depth;

    public static void Install(JsEngine engine, SandboxGuard guard, JsValue isArray)
    {
        var json = engine.Global.Get("JSON").AsObject();
        Js.Replace(engine, json, "stringify", "stringify", 3, (_, args) =>
            new JsonWriter(engine, guard, isArray, false).Stringify(Js.Arg(args, 0), Js.Arg(args, 1), Js.Arg(args, 2)));
    }

    /// <summary>The JSON text of an evaluation's result; null when JSON has no text for it (undefined, a function).</summary>
    public static string? Result(JsEngine engine, SandboxGuard guard, JsValue? isArray, JsValue value)
    {
        var writer = new JsonWriter(engine, guard, isArray, true);
        return writer.Stringify(value, JsValue.Undefined, JsValue.Undefined) is JsString text ? text.ToString() : null;
    }

    private JsValue Stringify(JsValue value, JsValue replacer, JsValue space)
    {
        if (replacer.IsCallable())
        {
            replacerFunction = replacer;
        }
        else if (replacer is ObjectInstance list && IsArray(list))
        {
            propertyList = PropertyList(list);
        }

        if (space is ObjectInstance and IJsPrimitive { Type: Types.Number or Types.String } boxed)
        {
            space = boxed.Type == Types.Number ? TypeConverter.ToNumber(space) : TypeConverter.ToString(space);
        }

        if (space.IsNumber())
        {
            var spaces = Math.Min(10, TypeConverter.ToIntegerOrInfinity(space));
            gap = spaces >= 1 ? new string(' ', (int)spaces) : string.Empty;
        }
        else if (space.IsString())
        {
            var text = space.AsString();
            gap = text.Length <= 10 ? text : text[..10];
        }

        var wrapper = engine.Intrinsics.Object.Construct([]);
        wrapper.CreateDataProperty(JsString.Empty, value);
        return SerializeProperty(string.Empty, wrapper) ? output.ToString() : JsValue.Undefined;
    }

    private List<string> PropertyList(ObjectInstance replacer)
    {
        var list = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var length = Js.LengthOfArrayLike(replacer);
        for (ulong k = 0; k < length; k++)
        {
            guard.Tick();
            var v = replacer.Get(k);
            var item = v.IsString() || v.IsNumber() || v is ObjectInstance and IJsPrimitive { Type: Types.String or Types.Number }
                ? TypeConverter.ToString(v)
                : null;
            if (item is not null && seen.Add(item))
            {
                list.Add(item);
            }
        }

        return list;
    }

    /// <summary>SerializeJSONProperty: writes the value of <paramref name="key"/>; false when it has no JSON text.</summary>
    private bool SerializeProperty(string key, ObjectInstance holder)
    {
        guard.Tick();
        var value = holder.Get(key);
        if (value is ObjectInstance || value.IsBigInt())
        {
            var toJson = Js.GetV(engine, value, "toJSON");
            if (toJson.IsCallable())
            {
                value = engine.Call(toJson, value, [key]);
            }
        }

        if (replacerFunction is not null)
        {
            value = engine.Call(replacerFunction, holder, [key, value]);
        }

        if (value is ObjectInstance and IJsPrimitive boxed)
        {
            value = boxed.Type switch
            {
                Types.Number => TypeConverter.ToNumber(value),
                Types.String => TypeConverter.ToString(value),
                _ => boxed.PrimitiveValue,
            };
        }

        switch (value)
        {
            case var _ when value.IsNull():
                Append("null");
                return true;
            case var _ when value.IsBoolean():
                Append(value.AsBoolean() ? "true" : "false");
                return true;
            case var _ when value.IsString():
                Quote(value.AsString());
                return true;
            case var _ when value.IsNumber():
                Append(double.IsFinite(value.AsNumber()) ? TypeConverter.ToString(value) : "null");
                return true;
            case var _ when value.IsBigInt():
                throw forResult ? guard.Abort(SandboxMessages.ResultBigInt) : Js.TypeError(engine, "Do not know how to serialize a BigInt");
            case ObjectInstance o when !value.IsCallable():
                Nested(o);
                return true;
            default:
                return false;
        }
    }

    private void Nested(ObjectInstance value)
    {
        if (!stack.Add(value))
        {
            throw forResult ? guard.Abort(SandboxMessages.ResultCycle) : Js.TypeError(engine, "Cyclic reference detected.");
        }

        guard.CheckStack();
        if (++depth > guard.Limits.MaxDepth)
        {
            throw guard.Abort(forResult
                ? Text.Format(SandboxMessages.ResultDepth, guard.Limits.MaxDepth)
                : Text.Format(SandboxMessages.DepthLimitIn, Operation, guard.Limits.MaxDepth));
        }

        var stepback = indent;
        indent += gap;
        if (IsArray(value))
        {
            SerializeArray(value);
        }
        else
        {
            SerializeObject(value);
        }

        indent = stepback;
        depth--;
        stack.Remove(value);
    }

    private void SerializeObject(ObjectInstance value)
    {
        var start = output.Length;
        Append("{");
        var empty = true;
        foreach (var key in propertyList ?? EnumerableOwnKeys(value))
        {
            var mark = output.Length;
            Separator(empty);
            Quote(key);
            Append(gap.Length > 0 ? ": " : ":");
            if (SerializeProperty(key, value))
            {
                empty = false;
            }
            else
            {
                output.Length = mark;
            }
        }

        Close(start, empty, "{}", "}");
    }

    private void SerializeArray(ObjectInstance value)
    {
        var start = output.Length;
        Append("[");
        var length = Js.LengthOfArrayLike(value);
        for (ulong index = 0; index < length; index++)
        {
            Separator(index == 0);
            if (!SerializeProperty(index.ToString(CultureInfo.InvariantCulture), value))
            {
                Append("null");
            }
        }

        Close(start, length == 0, "[]", "]");
    }

    private void Separator(bool first)
    {
        if (!first)
        {
            Append(",");
        }

        if (gap.Length > 0)
        {
            Append("\n");
            Append(indent);
        }
    }

    private void Close(int start, bool empty, string whenEmpty, string end)
    {
        if (empty)
        {
            output.Length = start;
            Append(whenEmpty);
            return;
        }

        if (gap.Length > 0)
        {
            Append("\n");
            Append(indent[..^gap.Length]);
        }

        Append(end);
    }

    private List<string> EnumerableOwnKeys(ObjectInstance value)
    {
        var keys = new List<string>();
        foreach (var key in value.GetOwnPropertyKeys(Types.String))
        {
            guard.Tick();
            var descriptor = value.GetOwnProperty(key);
            if (descriptor != PropertyDescriptor.Undefined && descriptor.Enumerable)
            {
                keys.Add(key.ToString());
            }
        }

        return keys;
    }

    private bool IsArray(ObjectInstance value) =>
        value is JsArray || (isArray is not null && TypeConverter.ToBoolean(engine.Call(isArray, JsValue.Undefined, [value])));

    private void Append(string text)
    {
        Grow(text.Length);
        output.Append(text);
    }

    /// <summary>QuoteJSONString: the escaped length is counted before anything is written.</summary>
    private void Quote(string text)
    {
        long length = 2;
        for (var i = 0; i < text.Length; i++)
        {
            var start = i;
            length += Escape(text, ref i)?.Length ?? i - start + 1;
        }

        Grow(length);
        output.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var start = i;
            if (Escape(text, ref i) is { } escaped)
            {
                output.Append(escaped);
            }
            else
            {
                output.Append(text, start, i - start + 1);
            }
        }

        output.Append('"');
    }

    /// <summary>The escape of the character at <paramref name="i"/>, or null when it is written as is (a valid surrogate pair moves <paramref name="i"/> past both halves).</summary>
    private static string? Escape(string text, ref int i)
    {
        var c = text[i];
        switch (c)
        {
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case '\b': return "\\b";
            case '\f': return "\\f";
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            case < ' ': return "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture);
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            i++;
            return null;
        }

        return char.IsSurrogate(c) ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : null;
    }

    private void Grow(long length)
    {
        var total = output.Length + length;
        if (total > guard.Limits.MaxStringLength)
        {
            throw guard.Abort(forResult
                ? Text.Format(SandboxMessages.ResultTooLong, guard.Limits.MaxStringLength)
                : Text.Format(SandboxMessages.StringLimitRunning, Operation, guard.Limits.MaxStringLength));
        }
    }
}
