using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;
using JsEngine = Jint.Engine;

namespace DienHong.Engine.Expressions;

/// <summary>
/// Closes what Jint's memory limit cannot see: it is checked between statements, so one built-in call that
/// allocates a huge block (<c>'x'.repeat(1e8)</c>, <c>new Uint8Array(1e9)</c>) would get its memory before any
/// check. Binary buffers are removed (a condition never needs them) and <c>repeat</c> checks its result size first.
/// </summary>
internal static class SandboxHardening
{
    private static readonly string[] Removed =
    [
        "ArrayBuffer", "SharedArrayBuffer", "DataView", "Atomics",
        "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array",
        "Float16Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
    ];

    public static void Apply(JsEngine engine, long memoryBytes)
    {
        foreach (var name in Removed)
        {
            engine.Global.Delete(name);
        }

        // A UTF-16 string of n characters takes 2n bytes.
        var maxChars = memoryBytes / 2;
        var prototype = engine.Global.Get("String").AsObject().Get("prototype").AsObject();
        var repeat = prototype.Get("repeat");
        var guarded = new ClrFunction(engine, "repeat", (self, args) =>
        {
            var count = args.Length > 0 && args[0].IsNumber() ? args[0].AsNumber() : 0;
            var length = self.IsString() ? self.AsString().Length : TypeConverter.ToString(self).Length;
            if (count > 0 && length * count > maxChars)
            {
                throw new MemoryLimitExceededException($"repeat would build a string of {length * count:0} characters");
            }

            return engine.Invoke(repeat, self, args);
        }, 1, PropertyFlag.Configurable);
        prototype.FastSetProperty("repeat", new PropertyDescriptor(guarded, PropertyFlag.Writable | PropertyFlag.Configurable));
    }
}
