using DienHong.Engine.Expressions;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Sandbox;

/// <summary>
/// The sandbox replaces the built-ins that can build a lot in one call (join, replace, flat, JSON.stringify...) by
/// versions that count what they build. Within the limits they must behave exactly as Jint's own: each case runs
/// in the sandbox and in a bare Jint engine, and both must give the same text.
/// </summary>
public sealed class GuardedBuiltinsTests
{
    [Theory]
    [InlineData("[1, null, undefined, [2, [3]], {}, 'x'].join()")]
    [InlineData("[1, 2].join(undefined) + [1, 2].join(null) + [1, 2].join('')")]
    [InlineData("Array.prototype.join.call({ length: 3, 0: 'a', 2: 'c' }, '-')")]
    [InlineData("Array.prototype.join.call('abc', '.')")]
    [InlineData("(a => (a.push(a, 2), a.join()))([1])")]
    [InlineData("[1.5, -0, 1e21, 0.1 + 0.2].toString() + String([[]]) + `${[1, [2, 3]]}`")]
    [InlineData("[1234.5, 'a', null].toLocaleString()")]
    [InlineData("'a,b'.replace(',', '$&$&') + 'a.b.c'.replaceAll('.', '$$') + 'abc'.replace('b', \"[$`|$'|$1|$<x>]\")")]
    [InlineData("'abc'.replace(/(?<first>b)/, \"[$<first>|$1|$01|$00|$10|$2|$`|$'|$$|$<none>|$<]\") + 'x'.replace('x', '$')")]
    [InlineData("'aaa'.replace(/a/g, (m, i, s) => i + s.length) + 'a-b'.replace(/(?<l>\\w)-(\\w)/, (...args) => JSON.stringify(args))")]
    [InlineData("'2024-01-31'.replace(/(\\d+)-(\\d+)-(\\d+)/, '$3/$2/$1') + 'x'.replaceAll(/x/g, 'y') + '💩a'.replace(/(?:)/gu, '-')")]
    [InlineData("(r => [r.exec('aXa'), r.lastIndex, 'xax'.split(/a/), 'a1b2'.match(/\\d/g), 'a1'.search(/\\d/), [...'a1b2'.matchAll(/\\d/g)].map(m => m.index)])(/x/gi)")]
    [InlineData("'ab'.repeat(3) + 'a'.repeat(0) + ''.repeat(1e9) + '5'.padStart(3, '0') + 'abc'.padEnd(2) + 'a'.padEnd(5, '') + 'a'.padStart(4.7, 'xy')")]
    [InlineData("'a'.concat(1, null, undefined, [2, 3], {}) + String.raw({ raw: ['a', 'b', 'c'] }, 1) + String.raw({ raw: { length: 2, 0: 'x', 1: 'y' } }, 5, 6) + String.raw({ raw: [] }) + String.raw`\\n${1}`")]
    [InlineData("[[1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(2), [1, [2, [3, [4]]]].flat(Infinity), [1, [2]].flat(-1), [1, , 3, [4, , 6]].flat()]")]
    [InlineData("[[1, 2].flatMap(x => [x, [x * 2]]), [1].flatMap(function () { return [this.k]; }, { k: 7 }), (class A extends Array {}).from([[1]]).flat().constructor.name]")]
    [InlineData("'ÅΩ'.normalize('NFD') + 'ß'.toUpperCase() + 'İ'.toLowerCase() + encodeURIComponent('ạ b') + encodeURI('a b/ạ') + escape('ạ b')")]
    [InlineData("{ a: 1, b: [1, 'x', null, undefined, () => 1, Symbol()], c: undefined, d: { e: new Date(0) } }")]
    [InlineData("[new Number(3), new String('s'), new Boolean(false), Object(1n).constructor.name, -0, NaN, Infinity, 1e21, 1e-7]")]
    [InlineData("'\\u2028\\ud800\\udc00\\ud800\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f\\u007f é'")]
    [InlineData("{ toJSON(key) { return { key, nested: { toJSON: () => 'inner' } }; } }")]
    [InlineData("Object.defineProperties(Object.create({ inherited: 1 }), { hidden: { value: 1 }, shown: { value: 2, enumerable: true }, [Symbol('s')]: { value: 3, enumerable: true } })")]
    [InlineData("{ b: 2, a: 1, 10: 'ten', 2: 'two', get g() { return 'got'; } }")]
    [InlineData("[new Proxy([1, 2], {}), new Proxy({ a: 1 }, {}), {}, [], { e: {}, f: [] }]")]
    public void A_guarded_built_in_gives_what_Jint_gives(string code)
    {
        var expected = Bare($"JSON.stringify({code}) + '|' + JSON.stringify({code}, null, 2) + '|' + JSON.stringify({code}, null, '\\t-')");

        var actual = Sandboxed($"JSON.stringify({code}) + '|' + JSON.stringify({code}, null, 2) + '|' + JSON.stringify({code}, null, '\\t-')");

        actual.ShouldBe(expected);
    }

    [Theory]
    [InlineData("JSON.stringify({ b: 2, a: 1, 1: 3, c: { a: 4, z: 5 } }, ['a', '1', 'c', 'a', 1, new String('z')])")]
    [InlineData("JSON.stringify({ a: 1, b: [1, 2] }, function (k, v) { return typeof v === 'number' ? v * 10 + (this === undefined) : v; })")]
    [InlineData("JSON.stringify([undefined, function () {}], null, new Number(4)) + JSON.stringify({ a: [] }, null, new String('..')) + JSON.stringify(1, null, 20)")]
    [InlineData("JSON.stringify({ a: 1 }, null, 'abcdefghijklmnop') + String(JSON.stringify(undefined)) + String(JSON.stringify(() => 1))")]
    [InlineData("(() => { try { const o = {}; o.o = o; return JSON.stringify(o); } catch (e) { return e.name; } })()")]
    [InlineData("(() => { try { return JSON.stringify({ a: 1n }); } catch (e) { return e.name; } })()")]
    [InlineData("(() => { try { return [1].flatMap(1); } catch (e) { return e.name; } })()")]
    [InlineData("(() => { try { return String.prototype.repeat.call(null, 1); } catch (e) { return e.name; } })()")]
    [InlineData("(() => { try { return 'a'.repeat(-1); } catch (e) { return e.name; } })()")]
    [InlineData("(() => { try { return 'x'.replaceAll(/x/, 'y'); } catch (e) { return e.name; } })()")]
    public void A_guarded_built_in_fails_as_Jint_fails(string code) =>
        Sandboxed($"String({code})").ShouldBe(Bare($"String({code})"));

    private static string Bare(string code)
    {
        var engine = new Jint.Engine(options => Jint.OptionsExtensions.LocalTimeZone(Jint.OptionsExtensions.Strict(options), Calendar.WorkingCalendar.VietnamTimeZone));
        return engine.Evaluate(code).ToString();
    }

    private static string Sandboxed(string code)
    {
        var sandbox = new ExpressionSandbox(new ExpressionLimits { Timeout = TimeSpan.FromSeconds(30) });
        return sandbox.Evaluate(ExpressionCompiler.Compile("=" + code), new ExpressionScope([], null, DateTimeOffset.UnixEpoch))!.GetValue<string>();
    }
}
