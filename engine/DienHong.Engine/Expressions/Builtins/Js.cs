using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;
using JsEngine = Jint.Engine;

namespace DienHong.Engine.Expressions.Builtins;

/// <summary>The few abstract operations of ECMAScript the guarded built-ins need, on Jint's public API.</summary>
internal static class Js
{
    public static JsValue Arg(JsValue[] args, int index) => index < args.Length ? args[index] : JsValue.Undefined;

    public static JavaScriptException TypeError(JsEngine engine, string message) => new(engine.Intrinsics.TypeError, message);

    /// <summary>RequireObjectCoercible(this) then ToString, as the String.prototype methods begin.</summary>
    public static string ThisString(JsEngine engine, JsValue self, string method) =>
        self.IsNull() || self.IsUndefined()
            ? throw TypeError(engine, $"{method} called on null or undefined")
            : TypeConverter.ToString(self);

    public static ObjectInstance ToObject(JsEngine engine, JsValue value) => value switch
    {
        ObjectInstance o => o,
        _ when value.IsNull() || value.IsUndefined() => throw TypeError(engine, "Cannot convert undefined or null to object"),
        _ => engine.Intrinsics.Object.Construct([value]),
    };

    /// <summary>GetV: a property of any value, primitives looked up on their prototype.</summary>
    public static JsValue GetV(JsEngine engine, JsValue value, JsValue key) =>
        value is ObjectInstance o ? o.Get(key) : ToObject(engine, value).Get(key, value);

    /// <summary>Invoke(value, name): calls the method <paramref name="name"/> of <paramref name="value"/> without arguments.</summary>
    public static JsValue Invoke(JsEngine engine, JsValue value, string name) =>
        GetV(engine, value, name) is var method && method.IsCallable()
            ? engine.Call(method, value, [])
            : throw TypeError(engine, $"{name} is not a function");

    public static ulong LengthOfArrayLike(ObjectInstance o) => TypeConverter.ToLength(o.Get("length"));

    /// <summary>Replaces a built-in method by <paramref name="body"/>, with the attributes built-in methods have.</summary>
    public static void Replace(JsEngine engine, ObjectInstance owner, JsValue key, string name, int length, Func<JsValue, JsValue[], JsValue> body) =>
        owner.FastSetProperty(key, new PropertyDescriptor(
            new ClrFunction(engine, name, body, length, PropertyFlag.Configurable), PropertyFlag.Writable | PropertyFlag.Configurable));

    /// <summary>Wraps a built-in that can only grow its input by a bounded factor: it runs, then its result is checked.</summary>
    public static void CapResult(JsEngine engine, SandboxGuard guard, ObjectInstance owner, string key, string name)
    {
        var original = owner.Get(key);
        var length = (int)TypeConverter.ToNumber(original.AsObject().Get("length"));
        Replace(engine, owner, key, key, length, (self, args) =>
        {
            var result = engine.Call(original, self, args);
            if (result.IsString())
            {
                guard.CheckString(name, result.AsString().Length);
            }

            return result;
        });
    }
}
