using System.Text;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Native.Symbol;
using Jint.Runtime;
using JsEngine = Jint.Engine;

namespace DienHong.Engine.Expressions.Builtins;

/// <summary>
/// <c>join</c> (and so <c>toString</c>, <c>String(array)</c> and template literals), <c>toLocaleString</c>,
/// <c>flat</c> and <c>flatMap</c>, rewritten after the specification so that they count what they build: an
/// array whose elements are the same big array many times over, nested a few levels, would otherwise join or
/// flatten into gigabytes within one call. Nesting counts against <see cref="ExpressionLimits.MaxDepth"/>.
/// </summary>
internal static class ArrayBuiltins
{
    public static void Install(JsEngine engine, SandboxGuard guard, JsValue isArray)
    {
        var prototype = engine.Intrinsics.Array.PrototypeObject;
        var joining = new HashSet<ObjectInstance>(ReferenceEqualityComparer.Instance);
        Js.Replace(engine, prototype, "join", "join", 1, (self, args) =>
        {
            var separator = Js.Arg(args, 0);
            return Join(engine, guard, joining, self, separator.IsUndefined() ? null : separator, "Array.prototype.join", static e => TypeConverter.ToString(e));
        });
        Js.Replace(engine, prototype, "toLocaleString", "toLocaleString", 0, (self, _) =>
            Join(engine, guard, joining, self, null, "Array.prototype.toLocaleString",
                e => TypeConverter.ToString(Js.Invoke(engine, e, "toLocaleString"))));
        Js.Replace(engine, prototype, "flat", "flat", 0, (self, args) =>
        {
            var source = Js.ToObject(engine, self);
            var length = Js.LengthOfArrayLike(source);
            var depth = Js.Arg(args, 0).IsUndefined() ? 1 : Math.Max(0, TypeConverter.ToIntegerOrInfinity(Js.Arg(args, 0)));
            var target = SpeciesCreate(engine, isArray, source);
            new Flattener(engine, guard, isArray, target, "Array.prototype.flat").Flatten(source, length, depth, null, JsValue.Undefined);
            return target;
        });
        Js.Replace(engine, prototype, "flatMap", "flatMap", 1, (self, args) =>
        {
            var source = Js.ToObject(engine, self);
            var length = Js.LengthOfArrayLike(source);
            var mapper = Js.Arg(args, 0);
            if (!mapper.IsCallable())
            {
                throw Js.TypeError(engine, "flatMap mapper function is not callable");
            }

            var target = SpeciesCreate(engine, isArray, source);
            new Flattener(engine, guard, isArray, target, "Array.prototype.flatMap").Flatten(source, length, 1, mapper, Js.Arg(args, 1));
            return target;
        });
    }

    /// <summary>Array.prototype.join (ES2024 23.1.3.18); an array already being joined gives "" (as engines do for cycles).</summary>
    private static JsValue Join(JsEngine engine, SandboxGuard guard, HashSet<ObjectInstance> joining, JsValue self, JsValue? separator,
        string operation, Func<JsValue, string> element)
    {
        var array = Js.ToObject(engine, self);
        var length = Js.LengthOfArrayLike(array);
        var sep = separator is null ? "," : TypeConverter.ToString(separator);
        if (!joining.Add(array))
        {
            return JsString.Empty;
        }

        guard.Enter(operation);
        try
        {
            var result = new StringBuilder();
            for (ulong k = 0; k < length; k++)
            {
                guard.Tick();
                if (k > 0)
                {
                    guard.CheckGrowing(operation, (long)result.Length + sep.Length);
                    result.Append(sep);
                }

                var value = Element(array, k);
                if (!value.IsNull() && !value.IsUndefined())
                {
                    var text = element(value);
                    guard.CheckGrowing(operation, (long)result.Length + text.Length);
                    result.Append(text);
                }
            }

            return result.ToString();
        }
        finally
        {
            guard.Exit();
            joining.Remove(array);
        }
    }

    /// <summary>Get(array, k); an array is read by index, without a property key for every element.</summary>
    private static JsValue Element(ObjectInstance array, ulong k) =>
        array is JsArray a && k < uint.MaxValue ? (a.TryGetValue((uint)k, out var value) ? value : JsValue.Undefined) : array.Get(k);

    /// <summary>HasProperty(source, k), then Get(source, k): false for a hole.</summary>
    private static bool TryElement(ObjectInstance source, ulong k, out JsValue value)
    {
        if (source is JsArray a && k < uint.MaxValue)
        {
            return a.TryGetValue((uint)k, out value);
        }

        if (!source.HasProperty(k))
        {
            value = JsValue.Undefined;
            return false;
        }

        value = source.Get(k);
        return true;
    }

    /// <summary>ArraySpeciesCreate(original, 0) (ES2024 10.4.2.3).</summary>
    private static ObjectInstance SpeciesCreate(JsEngine engine, JsValue isArray, ObjectInstance original)
    {
        if (!TypeConverter.ToBoolean(engine.Call(isArray, JsValue.Undefined, [original])))
        {
            return engine.Intrinsics.Array.Construct(0);
        }

        var constructor = original.Get("constructor");
        if (constructor.IsObject())
        {
            constructor = constructor.Get(GlobalSymbolRegistry.Species);
            if (constructor.IsNull())
            {
                constructor = JsValue.Undefined;
            }
        }

        if (constructor.IsUndefined())
        {
            return engine.Intrinsics.Array.Construct(0);
        }

        return constructor.IsConstructor()
            ? engine.Construct(constructor, 0)
            : throw Js.TypeError(engine, "object.constructor[Symbol.species] is not a constructor");
    }

    /// <summary>FlattenIntoArray (ES2024 23.1.3.13.1), counting the elements it writes.</summary>
    private sealed class Flattener(JsEngine engine, SandboxGuard guard, JsValue isArray, ObjectInstance target, string operation)
    {
        private ulong next;

        public void Flatten(ObjectInstance source, ulong length, double depth, JsValue? mapper, JsValue thisArg)
        {
            guard.Enter(operation);
            try
            {
                FlattenLevel(source, length, depth, mapper, thisArg);
            }
            finally
            {
                guard.Exit();
            }
        }

        private void FlattenLevel(ObjectInstance source, ulong length, double depth, JsValue? mapper, JsValue thisArg)
        {
            for (ulong index = 0; index < length; index++)
            {
                guard.Tick();
                if (!TryElement(source, index, out var element))
                {
                    continue;
                }

                if (mapper is not null)
                {
                    element = engine.Call(mapper, thisArg, [element, index, source]);
                }

                if (depth > 0 && TypeConverter.ToBoolean(engine.Call(isArray, JsValue.Undefined, [element])))
                {
                    var inner = element.AsObject();
                    Flatten(inner, Js.LengthOfArrayLike(inner), depth - 1, null, JsValue.Undefined);
                    continue;
                }

                guard.CheckArray(operation, next + 1);
                if (target is JsArray { Extensible: true } array && array.Length == next)
                {
                    array.Push(element);
                }
                else if (!target.CreateDataProperty(next, element))
                {
                    throw Js.TypeError(engine, "Cannot add property " + next);
                }

                next++;
            }
        }
    }
}
