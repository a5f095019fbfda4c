namespace DienHong.Engine.Expressions;

/// <summary>
/// The sandbox of every evaluation. The defaults end a runaway script within about 100 ms and keep its memory
/// small; a workflow condition never needs more.
/// </summary>
public sealed record ExpressionLimits
{
    /// <summary>Wall-clock time of one evaluation, regular expressions included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMilliseconds(100);

    public int MaxStatements { get; init; } = 50_000;

    /// <summary>Memory one evaluation may allocate, checked between statements.</summary>
    public long MemoryBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Calls of one function on the stack at once.</summary>
    public int RecursionDepth { get; init; } = 64;

    public uint MaxArraySize { get; init; } = 100_000;

    /// <summary>
    /// Characters of one string built by a single built-in call (<c>repeat</c>, <c>join</c>, <c>replace</c>,
    /// <c>JSON.stringify</c>...), checked before the string is allocated.
    /// </summary>
    public int MaxStringLength { get; init; } = 1_000_000;

    /// <summary>
    /// Nesting of a value that crosses the sandbox (<c>vars</c>, <c>input</c>, the result) or that
    /// <c>JSON.stringify</c>, <c>join</c> and <c>flat</c> walk.
    /// </summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>
    /// Native stack one evaluation may use. Recursion of any kind (calls, getters, coercions, proxy traps) is
    /// stopped there, well before the thread's stack is gone, so the error can unwind safely.
    /// </summary>
    public int StackBytes { get; init; } = 256 * 1024;
}
