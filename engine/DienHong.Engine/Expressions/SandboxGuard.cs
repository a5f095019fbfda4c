using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DienHong.Engine.Resources;
using Jint;
using Jint.Runtime;
using JsEngine = Jint.Engine;

namespace DienHong.Engine.Expressions;

/// <summary>
/// The limits of one evaluation while it runs: one deadline for everything it does (script, regular expressions,
/// converting its result), a budget of native stack, and the nesting of the values the built-ins walk. A limit
/// that trips records its reason and aborts the evaluation; the script cannot catch it.
/// </summary>
internal sealed class SandboxGuard(ExpressionLimits limits)
{
    private long deadline = long.MaxValue;
    private nint stackStart;
    private int depth;
    private int ticks;

    public ExpressionLimits Limits { get; } = limits;

    /// <summary>The engine of this evaluation, set once it exists.</summary>
    public JsEngine? Engine { get; set; }

    /// <summary>The options the engine was built with; the regex timeout in them is read at every match.</summary>
    public Options? Options { get; set; }

    /// <summary>The last abort this guard raised; the sandbox reports its reason.</summary>
    public Exception? Raised { get; private set; }

    /// <summary>Where the evaluation's stack begins; everything it runs is measured from here.</summary>
    public void Start() => stackStart = StackPosition();

    /// <summary>Just before the script runs; the time limit counts from here, setting up the engine excluded.</summary>
    public void StartClock() => deadline = Stopwatch.GetTimestamp() + (long)(Limits.Timeout.TotalSeconds * Stopwatch.Frequency);

    /// <summary>What is left of the time limit (never less than a millisecond, so a regex timeout stays valid).</summary>
    public TimeSpan Remaining =>
        TimeSpan.FromSeconds(Math.Max(deadline - Stopwatch.GetTimestamp(), Stopwatch.Frequency / 1000) / (double)Stopwatch.Frequency);

    /// <summary>
    /// Runs one regular expression match: none starts after the deadline, and Jint's own regex engine (which reads
    /// its timeout at every match) gets only the time left. The timeout goes back to the time limit afterwards, so
    /// the regular expressions built meanwhile share Jint's cache of them.
    /// </summary>
    public T Match<T>(Func<T> match)
    {
        CheckTime();
        if (Options is null)
        {
            return match();
        }

        Options.Constraints.RegexTimeout = Remaining;
        try
        {
            return match();
        }
        finally
        {
            Options.Constraints.RegexTimeout = Limits.Timeout;
        }
    }

    /// <summary>
    /// Whether a match allowed <paramref name="timeout"/> could run past the deadline by more than a tenth of the
    /// time limit (the slack spares rebuilding a regular expression at every match near the end).
    /// </summary>
    public bool OutlivesDeadline(TimeSpan timeout) =>
        timeout == Regex.InfiniteMatchTimeout || timeout > Remaining + Limits.Timeout / 10;

    public void CheckTime()
    {
        if (Stopwatch.GetTimestamp() >= deadline)
        {
            throw TimeLimit();
        }
    }

    public Exception TimeLimit() =>
        Abort(Text.Format(SandboxMessages.TimeLimit, Limits.Timeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)));

    public void CheckStack()
    {
        if (Math.Abs(stackStart - StackPosition()) > Limits.StackBytes)
        {
            throw Abort(Text.Format(SandboxMessages.StackLimit, Limits.StackBytes / 1024));
        }
    }

    /// <summary>One more level of a value being walked by <paramref name="operation"/>; pair with <see cref="Exit"/>.</summary>
    public void Enter(string operation)
    {
        CheckStack();
        if (depth >= Limits.MaxDepth)
        {
            throw Abort(Text.Format(SandboxMessages.DepthLimitIn, operation, Limits.MaxDepth));
        }

        depth++;
    }

    public void Exit() => depth--;

    /// <summary>Before building a string whose final length is known.</summary>
    public void CheckString(string operation, double length)
    {
        if (length > Limits.MaxStringLength)
        {
            throw Abort(Text.Format(SandboxMessages.StringLimit, operation, length.ToString("0", CultureInfo.InvariantCulture), Limits.MaxStringLength));
        }
    }

    /// <summary>While building a string piece by piece.</summary>
    public void CheckGrowing(string operation, long length)
    {
        if (length > Limits.MaxStringLength)
        {
            throw Abort(Text.Format(SandboxMessages.StringLimitRunning, operation, Limits.MaxStringLength));
        }
    }

    public void CheckArray(string operation, double length)
    {
        if (length > Limits.MaxArraySize)
        {
            throw Abort(Text.Format(SandboxMessages.ArrayLimitIn, operation, Limits.MaxArraySize));
        }
    }

    /// <summary>Called on every step of a long built-in loop: now and then checks the engine's limits (time, memory).</summary>
    public void Tick()
    {
        if ((++ticks & 1023) == 0)
        {
            Engine?.Constraints.Check();
        }
    }

    /// <summary>
    /// The exception that ends the evaluation. Jint's own memory-limit exception is used as the vehicle because
    /// Jint treats it as an abort: no script <c>catch</c>, <c>finally</c> or iterator close can swallow it, and the
    /// interpreter does not catch and rethrow it on the way out (which would cost stack at every level).
    /// </summary>
    public Exception Abort(string reason)
    {
        Raised = new MemoryLimitExceededException(reason);
        return Raised;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static unsafe nint StackPosition()
    {
        byte marker = 0;
        return (nint)(&marker);
    }
}
