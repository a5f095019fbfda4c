using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Sandbox;

/// <summary>
/// No single built-in call gets around the memory limit: a call that would build a string longer than
/// <c>MaxStringLength</c> or an array larger than <c>MaxArraySize</c> is refused before it allocates, with a
/// message naming the built-in and the limit. Each probe runs in a child process (<see cref="SandboxProbe"/>).
/// </summary>
public sealed class SandboxMemoryTests
{
    /// <summary>A generous time limit, so that each probe trips the memory limit and not the clock, even under load.</summary>
    private const double Generous = 60_000;

    [Theory]
    [InlineData("=new Array(100000).join('x'.repeat(4e6)).length", "String.prototype.repeat: a string of 4000000 characters, more than the 1000000 allowed (memory limit)")]
    [InlineData("=new Array(100000).join('x'.repeat(1e5)).length", "Array.prototype.join: a string of more than 1000000 characters (memory limit)")]
    [InlineData("=new Array(1000).fill('x'.repeat(1e5)).join('').length", "Array.prototype.join: a string of more than 1000000 characters (memory limit)")]
    [InlineData("=String(new Array(1000).fill('x'.repeat(1e5))).length", "Array.prototype.join: a string of more than 1000000 characters (memory limit)")]
    [InlineData("=`${new Array(1000).fill('x'.repeat(1e5))}`.length", "Array.prototype.join: a string of more than 1000000 characters (memory limit)")]
    [InlineData("=new Array(1000).fill('x'.repeat(1e5)).toLocaleString().length", "Array.prototype.toLocaleString: a string of more than 1000000 characters (memory limit)")]
    [InlineData("='x'.padStart(5e8).length", "String.prototype.padStart: a string of 500000000 characters, more than the 1000000 allowed (memory limit)")]
    [InlineData("='ab'.padEnd(1e9, 'ab').length", "String.prototype.padEnd: a string of 1000000000 characters, more than the 1000000 allowed (memory limit)")]
    [InlineData("=''.concat(...new Array(1000).fill('x'.repeat(1e5))).length", "String.prototype.concat: a string of 100000000 characters, more than the 1000000 allowed (memory limit)")]
    [InlineData("='x'.repeat(1e5).replaceAll('x', 'x'.repeat(1e5)).length", "String.prototype.replaceAll: a string of more than 1000000 characters (memory limit)")]
    [InlineData("=(function(){ const s = 'ab'.repeat(1000); return s.replaceAll('', s).replaceAll('', s).length; })()", "String.prototype.replaceAll: a string of more than 1000000 characters (memory limit)")]
    [InlineData("='x'.repeat(1000).replace(/x/g, '$`$`$`').length", "RegExp.prototype[Symbol.replace]: a string of more than 1000000 characters (memory limit)")]
    [InlineData("='x'.repeat(3000).replace('x', () => 'y'.repeat(1e6)).length", "String.prototype.replace: a string of more than 1000000 characters (memory limit)")]
    [InlineData("=String.raw({ raw: new Array(1000).fill('x'.repeat(1e5)) }, 1).length", "String.raw: a string of more than 1000000 characters (memory limit)")]
    [InlineData("='\\uFDFA'.repeat(1e5).normalize('NFKD').length", "String.prototype.normalize: a string of 1800000 characters, more than the 1000000 allowed (memory limit)")]
    [InlineData("=encodeURIComponent('\\u1EA1'.repeat(2e5)).length", "encodeURIComponent: a string of 1800000 characters, more than the 1000000 allowed (memory limit)")]
    [InlineData("=(function(){ let a = [1]; for (let i = 0; i < 20; i++) a = [a, a]; return JSON.stringify(a, null, 10).length; })()", "JSON.stringify: a string of more than 1000000 characters (memory limit)")]
    [InlineData("=JSON.stringify(new Array(1000).fill('\\u0001'.repeat(1000))).length", "JSON.stringify: a string of more than 1000000 characters (memory limit)")]
    [InlineData("=[new Array(60000).fill(0), new Array(60000).fill(0)].flat().length", "an array of more than 100000 elements (memory limit)")]
    [InlineData("=new Array(100000).fill(0).flatMap(Array.prototype.slice.bind(new Array(100000).fill(1))).length", "(memory limit)")]
    [InlineData("=[].concat(...new Array(1000).fill(new Array(100000).fill(0))).length", "built an array of more than 100000 elements (memory limit)")]
    [InlineData("=Math.max.apply(null, { length: 1e9 })", "built an array of more than 100000 elements (memory limit)")]
    [InlineData("=Array.from({ length: 1e9 }).length", "built an array of more than 100000 elements (memory limit)")]
    [InlineData("='x'.repeat(9e5) + 'x'.repeat(9e5)", "gave a value longer than 1000000 characters as JSON (memory limit)")]
    [InlineData("=(function(){ try { return 'x'.repeat(1e9); } catch (e) { return 'caught'; } })()", "String.prototype.repeat: a string of 1000000000 characters, more than the 1000000 allowed (memory limit)")]
    public async Task One_built_in_call_cannot_get_around_the_memory_limit(string expression, string reason)
    {
        var message = (await SandboxProbe.ExpressionAsync(expression, Generous)).ShouldFail();

        message.ShouldEndWith(reason);
    }

    [Theory]
    [InlineData("=(function(){ let a = [1]; for (let i = 0; i < 40; i++) a = [a, a]; return String(a).length; })()")]
    [InlineData("=(function(){ let a = [1]; for (let i = 0; i < 40; i++) a = [a, a]; return JSON.stringify(a).length; })()")]
    [InlineData("=(function(){ let a = [1]; for (let i = 0; i < 40; i++) a = [a, a]; return a.flat(Infinity).length; })()")]
    [InlineData("=(function(){ let a = [1]; for (let i = 0; i < 40; i++) a = [a, a]; return a; })()")]
    [InlineData("='x'.repeat(1e5).replace(/x/g, \"$'\").length")]
    [InlineData("='x'.repeat(1e5).replace(/x/g, String.prototype.repeat.bind('y', 1000)).length")]
    public async Task An_array_holding_itself_many_times_over_is_stopped_by_a_limit(string expression)
    {
        var message = (await SandboxProbe.ExpressionAsync(expression, Generous)).ShouldFail();

        message.ShouldEndWith("(memory limit)");
    }
}
