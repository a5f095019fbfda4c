using System.Globalization;
using DienHong.Engine.Resources;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities.Liquid;

/// <summary>
/// Where a template writes (the message, or a <c>capture</c>): it refuses to grow past the length limit and stops
/// the render at its deadline, so a loop or a doubling capture cannot build more than the limit.
/// </summary>
internal sealed class LimitedWriter(LimitedContext context) : StringWriter(CultureInfo.InvariantCulture)
{
    public override void Write(char value)
    {
        Grow(1);
        base.Write(value);
    }

    public override void Write(string? value)
    {
        Grow(value?.Length ?? 0);
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Grow(count);
        base.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Grow(buffer.Length);
        base.Write(buffer);
    }

    private void Grow(int length)
    {
        context.CheckTime();
        if ((long)GetStringBuilder().Length + length > context.Limits.MaxLength)
        {
            throw new TemplateRenderException(Text.Format(TemplateMessages.OutputTooLong, context.Limits.MaxLength));
        }
    }
}
