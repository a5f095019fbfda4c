using DienHong.Engine.Expressions.Builtins;
using Jint;
using Jint.Native;
using JsEngine = Jint.Engine;

namespace DienHong.Engine.Expressions;

/// <summary>
/// Closes what Jint's limits cannot see. Its memory limit is checked between statements, so one built-in call
/// that builds a huge string or array (<c>'x'.repeat(1e8)</c>, a join of an array holding itself many times over)
/// would get its memory before any check: those built-ins are replaced by versions that check their result size
/// before building it. Binary buffers and <c>Intl.ListFormat</c> (a join of its own) are removed: a condition
/// never needs them.
/// </summary>
internal static class SandboxHardening
{
    private static readonly string[] Removed =
    [
        "ArrayBuffer", "SharedArrayBuffer", "DataView", "Atomics",
        "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array",
        "Float16Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
    ];

    /// <summary>
    /// Prepares the engine. A plain expression (see <see cref="PlainExpression"/>) calls nothing, so it keeps the
    /// original built-ins and costs less. Returns the original <c>Array.isArray</c> when the built-ins were replaced.
    /// </summary>
    public static JsValue? Apply(JsEngine engine, SandboxGuard guard, bool plain)
    {
        foreach (var name in Removed)
        {
            engine.Global.Delete(name);
        }

        if (plain)
        {
            return null;
        }

        engine.Global.Get("Intl").AsObject().Delete("ListFormat");
        var isArray = engine.Intrinsics.Array.Get("isArray");
        StringBuiltins.Install(engine, guard);
        ReplaceBuiltins.Install(engine, guard);
        RegExpBuiltins.Install(engine, guard);
        ArrayBuiltins.Install(engine, guard, isArray);
        JsonWriter.Install(engine, guard, isArray);
        return isArray;
    }
}
