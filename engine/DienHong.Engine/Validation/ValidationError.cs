using System.Text;

namespace DienHong.Engine.Validation;

/// <summary>
/// One broken rule in a definition file, located by file, line (and column for malformed JSON), and node or edge.
/// Printed as <c>file:line: node 'x': message</c>; a warning as <c>file:line: warning: node 'x': message</c>.
/// </summary>
public sealed record ValidationError(string File, int? Line, int? Column, string? NodeId, int? EdgeIndex, string Rule, string Message,
    ValidationSeverity Severity = ValidationSeverity.Error)
{
    public bool IsWarning => Severity == ValidationSeverity.Warning;

    public override string ToString()
    {
        var sb = new StringBuilder(File);
        if (Line is { } line)
        {
            sb.Append(':').Append(line);
            if (Column is { } column)
            {
                sb.Append(':').Append(column);
            }
        }

        sb.Append(": ");
        if (IsWarning)
        {
            sb.Append(Resources.ValidationMessages.WarningPrefix).Append(": ");
        }

        if (NodeId is not null)
        {
            sb.Append("node '").Append(NodeId).Append("': ");
        }
        else if (EdgeIndex is { } edge)
        {
            sb.Append("edge #").Append(edge + 1).Append(": ");
        }

        return sb.Append(Message).ToString();
    }
}
