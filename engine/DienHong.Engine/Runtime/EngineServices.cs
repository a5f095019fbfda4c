using DienHong.Calendar;
using DienHong.Engine.Expressions;

namespace DienHong.Engine.Runtime;

/// <summary>The shared services every run uses: the expression sandbox, the working calendar and the container.</summary>
public sealed class EngineServices(ExpressionSandbox sandbox, IWorkingCalendar calendar, IServiceProvider provider)
{
    public ExpressionSandbox Sandbox { get; } = sandbox;

    public IWorkingCalendar Calendar { get; } = calendar;

    public IServiceProvider Provider { get; } = provider;
}
