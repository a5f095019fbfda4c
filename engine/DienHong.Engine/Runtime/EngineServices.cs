using DienHong.Calendar;
using DienHong.Engine.Expressions;

namespace DienHong.Engine.Runtime;

/// <summary>The shared services every run uses: the expression sandbox, the working calendar, the container and the options.</summary>
internal sealed class EngineServices(ExpressionSandbox sandbox, IWorkingCalendar calendar, IServiceProvider provider)
{
    public ExpressionSandbox Sandbox { get; } = sandbox;

    public IWorkingCalendar Calendar { get; } = calendar;

    public IServiceProvider Provider { get; } = provider;

    public EngineOptions Options { get; init; } = new();
}
