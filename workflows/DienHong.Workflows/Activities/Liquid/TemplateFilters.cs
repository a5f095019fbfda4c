using Fluid;
using Fluid.Values;

namespace DienHong.Workflows.Activities.Liquid;

/// <summary>
/// Wraps every filter so that it checks the deadline and the size of what it returns. The filters whose result can
/// outgrow their input by any factor (<c>replace</c>, <c>join</c>) are checked before they run, from their
/// arguments; the others grow their input by a small factor at most and are checked after.
/// </summary>
internal static class TemplateFilters
{
    public static void Guard(FilterCollection filters)
    {
        foreach (var (name, filter) in filters.ToList())
        {
            filters.AddFilter(name, async (input, arguments, context) =>
            {
                if (context is not LimitedContext limited)
                {
                    return await filter(input, arguments, context);
                }

                limited.CheckTime();
                Before(limited, name, input, arguments);
                var result = await filter(input, arguments, context);
                switch (result)
                {
                    case StringValue s:
                        limited.CheckLength(name, s.ToStringValue().Length);
                        break;
                    case ArrayValue a:
                        limited.CheckItems(name, a.Values.Count);
                        break;
                }

                return result;
            });
        }
    }

    private static void Before(LimitedContext context, string name, FluidValue input, FilterArguments arguments)
    {
        switch (name)
        {
            case "replace" or "replace_first" or "replace_last":
                var text = input.ToStringValue();
                var search = arguments.At(0).ToStringValue();
                var replacement = arguments.At(1).ToStringValue();
                if (search.Length > 0 && replacement.Length > search.Length)
                {
                    var count = name == "replace" ? Occurrences(text, search) : Math.Min(1, Occurrences(text, search));
                    context.CheckLength(name, text.Length + (long)count * (replacement.Length - search.Length));
                }

                break;
            case "join" when input is ArrayValue array:
                var separator = arguments.At(0).ToStringValue();
                long length = (long)separator.Length * Math.Max(0, array.Values.Count - 1);
                foreach (var item in array.Values)
                {
                    length += item.ToStringValue().Length;
                }

                context.CheckLength(name, length);
                break;
        }
    }

    private static int Occurrences(string text, string search)
    {
        var count = 0;
        for (var at = text.IndexOf(search, StringComparison.Ordinal); at >= 0; at = text.IndexOf(search, at + search.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
