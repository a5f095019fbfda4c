using System.Text;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace DienHong.Engine.Expressions.Builtins;

/// <summary>GetSubstitution (ES2024 22.1.3.19.1): expands <c>$$ $&amp; $` $' $n $nn $&lt;name&gt;</c> in a replacement template.</summary>
internal static class Substitution
{
    public static string Get(string matched, string str, int position, ReadOnlySpan<JsValue> captures, JsValue namedCaptures, string template)
    {
        if (template.IndexOf('$', StringComparison.Ordinal) < 0)
        {
            return template;
        }

        var result = new StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            var next = i + 1 < template.Length ? template[i + 1] : '\0';
            if (c != '$' || i + 1 >= template.Length)
            {
                result.Append(c);
                i++;
            }
            else if (next == '$')
            {
                result.Append('$');
                i += 2;
            }
            else if (next == '`')
            {
                result.Append(str, 0, Math.Min(position, str.Length));
                i += 2;
            }
            else if (next == '&')
            {
                result.Append(matched);
                i += 2;
            }
            else if (next == '\'')
            {
                var tail = Math.Min(position + matched.Length, str.Length);
                result.Append(str, tail, str.Length - tail);
                i += 2;
            }
            else if (char.IsAsciiDigit(next))
            {
                i = Capture(template, i, captures, result);
            }
            else if (next == '<' && !namedCaptures.IsUndefined() && template.IndexOf('>', i + 2) is >= 0 and var close)
            {
                var capture = namedCaptures.Get(template[(i + 2)..close]);
                if (!capture.IsUndefined())
                {
                    result.Append(TypeConverter.ToString(capture));
                }

                i = close + 1;
            }
            else
            {
                result.Append(c);
                i++;
            }
        }

        return result.ToString();
    }

    /// <summary><c>$n</c> or <c>$nn</c> at <paramref name="at"/>; returns where the template continues.</summary>
    private static int Capture(string template, int at, ReadOnlySpan<JsValue> captures, StringBuilder result)
    {
        var twoDigits = at + 2 < template.Length && char.IsAsciiDigit(template[at + 2]);
        var index = template[at + 1] - '0';
        var digits = 1;
        if (twoDigits && index * 10 + (template[at + 2] - '0') is var two && two >= 1 && two <= captures.Length)
        {
            index = two;
            digits = 2;
        }

        if (index < 1 || index > captures.Length)
        {
            result.Append(template, at, 1 + digits);
        }
        else if (!captures[index - 1].IsUndefined())
        {
            result.Append(TypeConverter.ToString(captures[index - 1]));
        }

        return at + 1 + digits;
    }
}
