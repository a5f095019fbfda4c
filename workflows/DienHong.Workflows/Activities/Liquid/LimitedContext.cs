using System.Diagnostics;
using System.Globalization;
using DienHong.Engine.Resources;
using DienHong.Workflows.Resources;
using Fluid;

namespace DienHong.Workflows.Activities.Liquid;

/// <summary>The context of one render, carrying its limits and its deadline to the writers and filters.</summary>
internal sealed class LimitedContext : TemplateContext
{
    private readonly long deadline;

    public LimitedContext(TemplateOptions options, TemplateLimits limits)
        : base(options, StringComparer.Ordinal)
    {
        Limits = limits;
        MaxSteps = limits.MaxSteps;
        deadline = Stopwatch.GetTimestamp() + (long)(limits.Timeout.TotalSeconds * Stopwatch.Frequency);
    }

    public TemplateLimits Limits { get; }

    public void CheckTime()
    {
        if (Stopwatch.GetTimestamp() >= deadline)
        {
            throw new TemplateRenderException(Text.Format(TemplateMessages.TimeLimit, Limits.Timeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)));
        }
    }

    public void CheckLength(string operation, long length)
    {
        if (length > Limits.MaxLength)
        {
            throw new TemplateRenderException(Text.Format(TemplateMessages.FilterTooLong, operation, length, Limits.MaxLength));
        }
    }

    public void CheckItems(string operation, long count)
    {
        if (count > Limits.MaxItems)
        {
            throw new TemplateRenderException(Text.Format(TemplateMessages.FilterTooMany, operation, count, Limits.MaxItems));
        }
    }
}
